package org.itaboard.meetings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByOfficeOrderByDateDescNumberDesc(Office office);

    /** The meeting before {@code date}: where "since the previous meeting" starts. */
    Optional<Meeting> findFirstByOfficeAndDateBeforeOrderByDateDescNumberDesc(Office office, LocalDate date);

    /** The first meeting not yet closed on or after {@code date}. */
    Optional<Meeting> findFirstByOfficeAndStatusNotAndDateGreaterThanEqualOrderByDateAscNumberAsc(Office office,
            MeetingStatus status, LocalDate date);

    boolean existsByOfficeAndDate(Office office, LocalDate date);

    @Query("select coalesce(max(m.number), 0) from Meeting m where m.office = :office and m.calendarYear = :calendarYear")
    int lastNumber(Office office, int calendarYear);
}
