package org.itaboard.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The per-address limit in front of the password check, with a limit of two failures. */
class GuardedAuthenticationProviderTest extends PostgresTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginAttemptGuard accounts;
    @Autowired
    Clock clock;

    @Test
    void anAddressOverItsLimitIsRefusedEvenWithTheRightPassword() {
        var provider = new GuardedAuthenticationProvider(users, passwordEncoder, accounts,
                new ClientAddressThrottle(clock, 2, Duration.ofMinutes(10)));

        assertThatThrownBy(() -> provider.authenticate(token("nobody.one", "x", "203.0.113.9")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(token("nobody.two", "x", "203.0.113.9")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(token("director", "demo1234", "203.0.113.9")))
                .isInstanceOf(LockedException.class);

        assertThat(provider.authenticate(token("director", "demo1234", "198.51.100.4")).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
