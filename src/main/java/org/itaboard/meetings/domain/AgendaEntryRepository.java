package org.itaboard.meetings.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaEntryRepository extends JpaRepository<AgendaEntry, Long> {

    @Query("select e from AgendaEntry e join fetch e.meeting where e.id = :id")
    Optional<AgendaEntry> withMeeting(Long id);
}
