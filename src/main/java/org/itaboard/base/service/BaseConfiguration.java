package org.itaboard.base.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentUsername", dateTimeProviderRef = "auditingDateTimeProvider")
class BaseConfiguration {

    /**
     * One clock for the whole application, so tests can fix "today" (due dates, lockouts). It keeps
     * the offices' time whatever the server's zone (containers usually run in UTC, which would make
     * "today" yesterday before 07:00 in Bangkok). {@code itaboard.clock.fixed} (an ISO date-time with
     * offset) stops it at that moment: the tests set it, a running application leaves it empty.
     */
    @Bean
    Clock clock(@Value("${itaboard.time-zone:Asia/Bangkok}") ZoneId zone,
            @Value("${itaboard.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? Clock.system(zone) : Clock.fixed(OffsetDateTime.parse(fixed).toInstant(), zone);
    }

    /** Created/modified times of entities come from the same clock, not from the JVM's. */
    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
