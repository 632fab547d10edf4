package org.itaboard.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import org.itaboard.division.domain.Division;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingTaskRepository extends JpaRepository<MeetingTask, Long> {

    /** The tasks not yet closed from the office's meetings before {@code before}, oldest meeting first. */
    @Query("""
            select t from MeetingTask t join fetch t.entry e join fetch e.meeting m
            where m.office = :office and m.date < :before and t.status <> org.itaboard.meetings.domain.TaskStatus.CLOSED
            order by m.date, m.number, e.position, t.id""")
    List<MeetingTask> pendingBefore(Office office, LocalDate before);

    /** Every task of the office's meetings not yet closed, oldest meeting first. */
    @Query("""
            select t from MeetingTask t join fetch t.entry e join fetch e.meeting m
            where m.office = :office and t.status <> org.itaboard.meetings.domain.TaskStatus.CLOSED
            order by m.date, m.number, e.position, t.id""")
    List<MeetingTask> pending(Office office);

    /** Every task of the office's meetings, closed ones too, with its entry, meeting and division; newest meeting first. */
    @Query("""
            select t from MeetingTask t join fetch t.entry e join fetch e.meeting m join fetch t.division
            where m.office = :office order by m.date desc, m.number desc, e.position, t.id""")
    List<MeetingTask> ofOffice(Office office);

    /** A division's tasks, the newest meeting's first. */
    @Query("""
            select t from MeetingTask t join fetch t.entry e join fetch e.meeting m
            where t.division = :division order by m.date desc, e.position, t.id""")
    List<MeetingTask> ofDivision(Division division);

    @Query("select t from MeetingTask t join fetch t.entry e join fetch e.meeting m where t.id = :id")
    java.util.Optional<MeetingTask> withMeeting(Long id);
}
