package org.itaboard.meetings.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.itaboard.meetings.domain.AgendaDataRepository;
import org.itaboard.meetings.domain.AgendaDataRepository.Activity;
import org.itaboard.meetings.domain.AgendaSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The measures that were reported on or got evidence since the previous meeting: two grouped statements. */
@Component
@Order(30)
class ProgressSource implements AgendaSource {

    static final String TOPIC = "progress";

    private final AgendaDataRepository data;

    ProgressSource(AgendaDataRepository data) {
        this.data = data;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        Map<Long, Long> evidence = data.evidenceSince(context.year(), context.sinceInstant()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        Map<Long, Activity> reported = new TreeMap<>();
        data.progressSince(context.year(), context.since()).forEach(a -> reported.put(a.measureId(), a));
        return reported.values().stream()
                .map(a -> new AgendaProposal(AgendaSection.INFORMATION, TOPIC, TOPIC + ":" + a.measureId(),
                        "ความคืบหน้า: " + a.title(),
                        "รายงาน " + a.reports() + " ครั้ง ล่าสุด " + AgendaTexts.date(a.lastReport()) + " · ความคืบหน้า "
                                + a.progress() + "%" + (evidence.containsKey(a.measureId())
                                        ? " · หลักฐานใหม่ " + evidence.get(a.measureId()) + " รายการ" : ""),
                        AgendaTexts.measureLink(a.measureId()), a.measureId(), null))
                .toList();
    }
}
