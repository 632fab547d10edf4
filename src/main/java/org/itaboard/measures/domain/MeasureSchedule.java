package org.itaboard.measures.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When a measure's progress reports are due and whether it is late: the rule a measure applies to itself and the
 * offices overview applies to the few columns it reads of every office's measures, instead of loading them whole.
 *
 * @param lastUpdateOn the date of the latest progress report, null before the first
 */
public record MeasureSchedule(MeasureStatus status, Frequency frequency, LocalDate startDate, LocalDate dueDate,
        LocalDate lastUpdateOn) {

    /** The statuses of work under way, the only ones with reports due (and so the only ones that can be late). */
    public static final Set<MeasureStatus> UNDER_WAY = Collections.unmodifiableSet(EnumSet.copyOf(
            Arrays.stream(MeasureStatus.values()).filter(s -> s.isOpen() && s != MeasureStatus.DRAFT).toList()));

    /** When the next progress report is due: after the last report, or after the start for a first one. */
    public Optional<LocalDate> nextUpdateDue() {
        if (!UNDER_WAY.contains(status)) {
            return Optional.empty();
        }
        LocalDate from = lastUpdateOn != null ? lastUpdateOn : startDate;
        Optional<LocalDate> next = frequency.nextAfter(from);
        if (next.isEmpty() && frequency == Frequency.ONCE && lastUpdateOn == null) {
            return Optional.ofNullable(dueDate);
        }
        return next;
    }

    /**
     * Late: the work is not done, verified or cancelled (a draft too) and its due date has passed, or a progress
     * report was due before {@code today}.
     */
    public boolean isLate(LocalDate today) {
        return overdueSince(today).isPresent();
    }

    /**
     * Since when a late measure has been late: the earlier of the missed update's date and the passed due date;
     * empty when it is not late. The earlier the date, the more overdue the work.
     */
    public Optional<LocalDate> overdueSince(LocalDate today) {
        if (!status.isOpen()) {
            return Optional.empty();
        }
        Optional<LocalDate> missedUpdate = nextUpdateDue().filter(today::isAfter);
        Optional<LocalDate> passedDue = Optional.ofNullable(dueDate).filter(today::isAfter);
        return missedUpdate.map(d -> passedDue.filter(d::isAfter).orElse(d)).or(() -> passedDue);
    }
}
