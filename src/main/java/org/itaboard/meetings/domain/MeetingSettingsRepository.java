package org.itaboard.meetings.domain;

import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingSettingsRepository extends JpaRepository<MeetingSettings, Long> {

    Optional<MeetingSettings> findByOffice(Office office);
}
