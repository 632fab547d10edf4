package org.itaboard.security.domain;

import java.time.Instant;
import org.itaboard.offices.domain.Role;

/**
 * One row of the API sign-in's single lookup ({@link ApiTokenRepository#findLogin}): the token and its user's state,
 * one row per role of the user (none: {@code role} is null).
 */
public record ApiTokenLogin(Long tokenId, ApiTokenScope scope, Instant expiresAt, Instant revokedAt,
        Instant lastUsedAt, String username, boolean enabled, Role role) {
}
