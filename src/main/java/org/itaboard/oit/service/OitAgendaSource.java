package org.itaboard.oit.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itaboard.division.domain.Division;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.service.AgendaContext;
import org.itaboard.meetings.service.AgendaProposal;
import org.itaboard.meetings.service.AgendaSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The meeting year's OIT items not yet published on the office's website, one agenda entry per responsible division
 * (a list of 40 items, one entry each, would drown the agenda), those without a division last.
 */
@Component
@Order(70)
class OitAgendaSource implements AgendaSource {

    static final String TOPIC = "oit";

    private final OitChecklistService checklist;

    OitAgendaSource(OitChecklistService checklist) {
        this.checklist = checklist;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        int be = context.year().getBeYear();
        Map<Optional<Division>, List<String>> byDivision = checklist.notYetPublished(context.year()).stream()
                .sorted(Comparator.comparing((ChecklistRow r) -> Optional.ofNullable(r.entry().getDivision())
                        .map(Division::getSortOrder).orElse(Integer.MAX_VALUE)))
                .collect(Collectors.groupingBy(r -> Optional.ofNullable(r.entry().getDivision()), LinkedHashMap::new,
                        Collectors.mapping(r -> r.item().getCode(), Collectors.toList())));
        return byDivision.entrySet().stream()
                .map(e -> new AgendaProposal(AgendaSection.CONSIDERATION, TOPIC,
                        TOPIC + ":" + be + ":" + e.getKey().map(Division::getCode).orElse("-"),
                        "ข้อ OIT ที่ยังไม่เผยแพร่ " + e.getKey().map(Division::getNameTh).orElse("(ยังไม่มีฝ่ายรับผิดชอบ)")
                                + " " + e.getValue().size() + " ข้อ",
                        String.join(", ", e.getValue()), "oit?year=" + be, null, null))
                .toList();
    }
}
