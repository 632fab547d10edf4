package org.itaboard.meetings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.itaboard.meetings.domain.AgendaDataRepository;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.measures.domain.Measure;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Late measures (most overdue first), then the measures whose due date or next report falls before the next
 * meeting: from the year's measures read in one statement.
 */
@Component
@Order(20)
class MeasureScheduleSource implements AgendaSource {

    static final String LATE = "late";
    static final String DUE_SOON = "dueSoon";

    private final AgendaDataRepository data;

    MeasureScheduleSource(AgendaDataRepository data) {
        this.data = data;
    }

    @Override
    public List<AgendaProposal> proposals(AgendaContext context) {
        LocalDate day = context.meetingDate();
        List<Measure> measures = data.measuresOf(context.year());
        List<AgendaProposal> late = new ArrayList<>();
        measures.stream().filter(m -> m.isLate(day))
                .sorted(java.util.Comparator.comparing((Measure m) -> m.overdueSince(day).orElseThrow()).thenComparing(Measure::getId))
                .forEach(m -> late.add(new AgendaProposal(AgendaSection.CONSIDERATION, LATE, LATE + ":" + m.getId(),
                        "มาตรการล่าช้า: " + m.getTitle(),
                        AgendaTexts.measureLine(m) + " · ล่าช้าตั้งแต่ " + AgendaTexts.date(m.overdueSince(day).orElseThrow())
                                + " (" + AgendaTexts.days(m.overdueSince(day).orElseThrow(), day) + " วัน)",
                        AgendaTexts.measureLink(m.getId()), m.getId(), null)));
        List<AgendaProposal> dueSoon = new ArrayList<>();
        measures.stream().filter(m -> !m.isLate(day))
                .filter(m -> dueBefore(m, day, context.nextMeeting()).isPresent())
                .sorted(java.util.Comparator.comparing((Measure m) -> dueBefore(m, day, context.nextMeeting()).orElseThrow())
                        .thenComparing(Measure::getId))
                .forEach(m -> dueSoon.add(new AgendaProposal(AgendaSection.CONSIDERATION, DUE_SOON, DUE_SOON + ":" + m.getId(),
                        "ครบกำหนดก่อนการประชุมครั้งถัดไป: " + m.getTitle(),
                        AgendaTexts.measureLine(m) + " · กำหนดถัดไป " + AgendaTexts.date(dueBefore(m, day, context.nextMeeting()).orElseThrow()),
                        AgendaTexts.measureLink(m.getId()), m.getId(), null)));
        late.addAll(dueSoon);
        return late;
    }

    /** The first of the measure's due date (work unfinished) and next report that falls from the meeting to the next one. */
    private static Optional<LocalDate> dueBefore(Measure m, LocalDate from, LocalDate next) {
        if (!m.getStatus().isOpen() || m.getStatus() == org.itaboard.measures.domain.MeasureStatus.DRAFT) {
            return Optional.empty();
        }
        return java.util.stream.Stream.of(m.nextUpdateDue(), Optional.ofNullable(m.getDueDate()).filter(d -> m.getProgress() < 100))
                .flatMap(Optional::stream)
                .filter(d -> !d.isBefore(from) && d.isBefore(next))
                .min(LocalDate::compareTo);
    }
}
