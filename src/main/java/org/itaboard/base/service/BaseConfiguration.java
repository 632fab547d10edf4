package org.itaboard.base.service;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentUsername")
class BaseConfiguration {

    /**
     * One clock for the whole application, so tests can fix "today" (due dates, lockouts). It keeps
     * the offices' time whatever the server's zone (containers usually run in UTC, which would make
     * "today" yesterday before 07:00 in Bangkok).
     */
    @Bean
    Clock clock(@Value("${itaboard.time-zone:Asia/Bangkok}") ZoneId zone) {
        return Clock.system(zone);
    }
}
