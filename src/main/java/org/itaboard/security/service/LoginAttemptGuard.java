package org.itaboard.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.itaboard.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force guard: failed logins for one account are counted; after {@code max-failures} in a row
 * the account is locked for {@code lock-duration}. ADMIN sees the lock and can lift it.
 */
@Component
class LoginAttemptGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptGuard.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttemptGuard(AppUserRepository users, Clock clock,
            @Value("${itaboard.login.max-failures:5}") int maxFailures,
            @Value("${itaboard.login.lock-duration:PT15M}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName().trim().toLowerCase()).ifPresent(user -> {
            Instant now = clock.instant();
            user.recordFailedLogin(now, maxFailures, now.plus(lockDuration));
            if (user.isLocked(now)) {
                log.warn("Account {} locked after {} failed logins", user.getUsername(), user.getFailedLogins());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedLogins() > 0) {
                user.clearFailedLogins();
            }
        });
    }
}
