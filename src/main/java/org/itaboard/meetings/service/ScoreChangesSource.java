package org.itaboard.meetings.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.meetings.domain.AgendaDataRepository;
import org.itaboard.meetings.domain.AgendaDataRepository.ScoreChange;
import org.itaboard.meetings.domain.AgendaSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Item scores and printed figures (ITA, tool totals) of the office's years up to the meeting's that changed since the
 * previous meeting, read from the audit history the score service writes: one entry per item, one for the printed
 * figures of a year.
 */
@Component
@Order(40)
class ScoreChangesSource implements AgendaSource {

    static final String TOPIC = "scores";

    private final AgendaDataRepository data;
    private final FiscalYearRepository years;

    ScoreChangesSource(AgendaDataRepository data, FiscalYearRepository years) {
        this.data = data;
        this.years = years;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        List<AgendaProposal> proposals = new ArrayList<>();
        for (FiscalYear year : years.findScoredUpTo(context.office(), context.year().getBeYear(), org.springframework.data.domain.Limit.of(1))) {
            Map<String, List<ScoreChange>> byItem = new LinkedHashMap<>();
            data.itemScoresChangedSince(year, context.sinceInstant())
                    .forEach(c -> byItem.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c));
            byItem.forEach((code, changes) -> proposals.add(new AgendaProposal(AgendaSection.INFORMATION, TOPIC,
                    TOPIC + ":" + year.getBeYear() + ":" + code, "คะแนนข้อ " + code + " ปี " + year.getBeYear() + " เปลี่ยนแปลง",
                    summary(changes), "catalogue?year=" + year.getBeYear(), null, code)));
            List<ScoreChange> printed = data.printedFiguresChangedSince(year.getId(), context.sinceInstant());
            if (!printed.isEmpty()) {
                proposals.add(new AgendaProposal(AgendaSection.INFORMATION, TOPIC, TOPIC + ":" + year.getBeYear() + ":printed",
                        "คะแนนที่ประกาศของปี " + year.getBeYear() + " เปลี่ยนแปลง", summary(printed),
                        "scores?year=" + year.getBeYear(), null, null));
            }
        }
        return proposals;
    }

    /** "ITA: 88.10 → 90.25; O9: 50 → 100", first value before the period, last after it. */
    private static String summary(List<ScoreChange> changes) {
        Map<String, String[]> fromTo = new LinkedHashMap<>();
        for (ScoreChange change : changes) {
            for (FieldChange f : change.entry().getChanges()) {
                String field = "score".equals(f.field()) ? change.code() : f.field();
                fromTo.computeIfAbsent(field, k -> new String[] {f.before(), null})[1] = f.after();
            }
        }
        List<String> parts = new ArrayList<>();
        fromTo.forEach((field, values) -> parts.add(field + ": " + (values[0] == null ? "-" : values[0]) + " → "
                + (values[1] == null ? "-" : values[1])));
        return String.join("; ", parts);
    }
}
