package org.itaboard.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.ApiTokenLogin;
import org.itaboard.security.domain.ApiTokenRepository;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.domain.ApiTokenSecret;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs an API call in with a token ({@code Authorization: Bearer itab_…}): one indexed lookup of the secret's
 * SHA-256 hash gives the token and its user's state and roles; no password hash is computed. A token works while it
 * is neither revoked nor expired and its user is enabled. The sign-in lock is not asked: it guards the password
 * against guessing, and honouring it here would let anyone who types wrong passwords for a username stop that
 * person's scripts too (a disabled account is refused). Its last use is written at most once a
 * {@link #LAST_USE_PRECISION minute}, so a script's many reads do not each write.
 */
@Component
public class ApiTokenSignIn {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** Why a token was refused; unknown and disabled are told apart only here, never to the caller. */
    public enum Refusal {
        UNKNOWN, EXPIRED, REVOKED
    }

    /** The outcome: a signed-in token (refusal null) or a refusal (token null). */
    public record Outcome(ApiTokenPrincipal token, Refusal refusal) {
    }

    /** Who a token signs in: its user with their roles, and what the token itself allows. */
    public record ApiTokenPrincipal(Long tokenId, String username, ApiTokenScope scope,
            List<SimpleGrantedAuthority> authorities) implements java.security.Principal {

        @Override
        public String getName() {
            return username;
        }

        public boolean readOnly() {
            return scope == ApiTokenScope.READ_ONLY;
        }
    }

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenSignIn(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public Outcome authenticate(String secret) {
        if (!ApiTokenSecret.isWellFormed(secret)) {
            return new Outcome(null, Refusal.UNKNOWN);
        }
        List<ApiTokenLogin> rows = tokens.findLogin(ApiTokenSecret.hash(secret));
        if (rows.isEmpty()) {
            return new Outcome(null, Refusal.UNKNOWN);
        }
        ApiTokenLogin login = rows.get(0);
        Instant now = clock.instant();
        if (login.revokedAt() != null) {
            return new Outcome(null, Refusal.REVOKED);
        }
        if (!login.expiresAt().isAfter(now)) {
            return new Outcome(null, Refusal.EXPIRED);
        }
        if (!login.enabled()) {
            return new Outcome(null, Refusal.UNKNOWN);
        }
        Instant notBefore = now.minus(LAST_USE_PRECISION);
        if (login.lastUsedAt() == null || login.lastUsedAt().isBefore(notBefore)) {
            tokens.markUsed(login.tokenId(), now, notBefore);
        }
        List<SimpleGrantedAuthority> authorities = rows.stream().map(ApiTokenLogin::role).filter(Objects::nonNull)
                .distinct().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return new Outcome(new ApiTokenPrincipal(login.tokenId(), login.username(), login.scope(), authorities), null);
    }
}
