package org.itaboard.meetings.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.WeakItemMeasures;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The weak items of the latest scored year up to the meeting's year that no measure addresses yet (the same
 * definition as the weak-items page and the dashboard), lowest score first.
 */
@Component
@Order(10)
class WeakItemsSource implements AgendaSource {

    static final String TOPIC = "weakItem";

    private final FiscalYearRepository years;
    private final MeasureService measures;

    WeakItemsSource(FiscalYearRepository years, MeasureService measures) {
        this.years = years;
        this.measures = measures;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        return years.findScoredUpTo(context.office(), context.year().getBeYear(), Limit.of(1)).stream()
                .flatMap(scored -> measures.weakItems(scored).stream().filter(WeakItemMeasures::uncovered)
                        .map(w -> new AgendaProposal(AgendaSection.CONSIDERATION, TOPIC,
                                TOPIC + ":" + scored.getBeYear() + ":" + w.weak().code(),
                                "ข้อ " + w.weak().code() + " คะแนนต่ำและยังไม่มีมาตรการ",
                                (w.item() == null ? "" : w.item().getTopicTh() + " · ")
                                        + "คะแนนปี " + scored.getBeYear() + " = " + w.weak().score().toPlainString(),
                                "weak-items?year=" + scored.getBeYear(), null, w.weak().code())))
                .toList();
    }
}
