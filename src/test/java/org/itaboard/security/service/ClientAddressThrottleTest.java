package org.itaboard.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressThrottleTest {

    private Instant now = Instant.parse("2026-01-05T03:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Bangkok");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ClientAddressThrottle throttle = new ClientAddressThrottle(clock, 3, Duration.ofMinutes(10));

    @Test
    void anAddressIsPausedAtTheLimitUntilItsOldestFailureLeavesTheWindow() {
        assertThat(throttle.tryAcquire("203.0.113.7")).isPresent();
        now = now.plusSeconds(240);
        assertThat(throttle.tryAcquire("203.0.113.7")).isPresent();
        assertThat(throttle.tryAcquire("203.0.113.7")).isPresent();
        assertThat(throttle.tryAcquire("203.0.113.7")).isEmpty();
        assertThat(throttle.tryAcquire("198.51.100.1")).as("another address").isPresent();

        now = now.plusSeconds(359);
        assertThat(throttle.tryAcquire("203.0.113.7")).isEmpty();
        now = now.plusSeconds(1);
        assertThat(throttle.tryAcquire("203.0.113.7")).as("the first failure is 10 minutes old").isPresent();
        assertThat(throttle.tryAcquire("203.0.113.7")).isEmpty();
    }

    @Test
    void aSuccessfulLoginDoesNotCountButLeavesEarlierFailuresCounted() {
        throttle.tryAcquire("203.0.113.7");
        throttle.tryAcquire("203.0.113.7");
        Optional<Instant> success = throttle.tryAcquire("203.0.113.7");
        throttle.release("203.0.113.7", success.orElseThrow());

        assertThat(throttle.tryAcquire("203.0.113.7")).isPresent();
        assertThat(throttle.tryAcquire("203.0.113.7")).isEmpty();
    }

    @Test
    void quietAddressesAreForgotten() {
        throttle.tryAcquire("203.0.113.7");
        throttle.tryAcquire("203.0.113.7");
        throttle.tryAcquire("203.0.113.7");
        now = now.plus(Duration.ofMinutes(10));
        throttle.forgetQuietAddresses();

        assertThat(throttle.tryAcquire("203.0.113.7")).isPresent();
    }
}
