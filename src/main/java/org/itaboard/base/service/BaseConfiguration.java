package org.itaboard.base.service;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentUsername")
class BaseConfiguration {

    /** One clock for the whole application, so tests can fix "today" (due dates, lockouts). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
