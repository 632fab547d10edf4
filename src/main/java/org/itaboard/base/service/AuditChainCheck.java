package org.itaboard.base.service;

import java.time.Clock;
import org.itaboard.base.domain.AuditChainReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's check that nobody rewrote the audit history directly in the database: walks the whole
 * chain ({@link AuditChainWalker}) and reports the first entry changed, removed or slipped in.
 */
@Service
public class AuditChainCheck {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChainCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One snapshot for the whole walk, so entries appended meanwhile do not look like entries past the head. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public AuditChainReport check() {
        return AuditChainWalker.walk(jdbc, clock);
    }
}
