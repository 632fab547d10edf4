package org.itaboard.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address over a sliding window: an address with {@code max-failures}
 * failures within {@code window} is refused until the oldest of them leaves the window, so guessing
 * across many accounts from one address is slowed like guessing one. Kept in memory: a restart
 * forgets it, which a throttle can afford.
 */
@Component
class ClientAddressThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    ClientAddressThrottle(Clock clock,
            @Value("${itaboard.login.address-max-failures:20}") int maxFailures,
            @Value("${itaboard.login.address-window:PT10M}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /**
     * Counts an attempt from {@code address} as failed before its password is compared, as
     * {@link LoginAttemptGuard} does per account; empty if the address is over its limit.
     *
     * @return the count to {@link #release} if the attempt succeeds
     */
    Optional<Instant> tryAcquire(String address) {
        Instant now = clock.instant();
        Instant[] acquired = new Instant[1];
        // compute() runs atomically per address, so the deque is only ever touched under its lock.
        failures.compute(address, (key, times) -> {
            Deque<Instant> recent = times == null ? new ArrayDeque<>() : times;
            forgetOld(recent, now);
            if (recent.size() < maxFailures) {
                recent.addLast(now);
                acquired[0] = now;
            }
            return recent.isEmpty() ? null : recent;
        });
        return Optional.ofNullable(acquired[0]);
    }

    void release(String address, Instant acquired) {
        failures.computeIfPresent(address, (key, recent) -> {
            recent.removeLastOccurrence(acquired);
            return recent.isEmpty() ? null : recent;
        });
    }

    /** Addresses that stopped failing would otherwise stay in memory for good. */
    @Scheduled(fixedDelayString = "${itaboard.login.address-window:PT10M}")
    void forgetQuietAddresses() {
        Instant now = clock.instant();
        failures.keySet().forEach(address -> failures.computeIfPresent(address, (key, recent) -> {
            forgetOld(recent, now);
            return recent.isEmpty() ? null : recent;
        }));
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant start = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(start)) {
            recent.pollFirst();
        }
    }
}
