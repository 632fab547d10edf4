package org.itaboard.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.itaboard.security.domain.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force guard per account: after {@code max-failures} failed logins in a row the account is
 * locked for {@code lock-duration}; the first attempt after the lock expired starts counting again.
 * ADMIN sees the lock and can lift it.
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

    /**
     * Counts the attempt as failed before its password is compared, unless the account is locked.
     * Counting first is what keeps parallel attempts from comparing more than {@code max-failures}
     * passwords; {@link #succeeded} takes the count back.
     *
     * @return when the attempt was counted; empty if the account is locked, and the password must not be compared
     */
    Optional<Instant> beforePasswordCheck(String username) {
        // Microseconds, as the database keeps them, so that failed() recognises the lock it set.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return users.countFailedLogin(username, now, maxFailures, now.plus(lockDuration)) == 1
                ? Optional.of(now) : Optional.empty();
    }

    void failed(String username, Instant counted) {
        // Parallel failures all see the lock; only the attempt whose count set it reports it.
        users.findByUsername(username).filter(user -> counted.plus(lockDuration).equals(user.getLockedUntil()))
                .ifPresent(user -> log.warn("Account {} locked after {} failed logins", username, user.getFailedLogins()));
    }

    void succeeded(String username) {
        users.clearFailedLogins(username);
    }
}
