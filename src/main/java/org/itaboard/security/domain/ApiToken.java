package org.itaboard.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.offices.domain.Office;

/**
 * A personal API token: a user's key for scripts, with a name, a scope and an expiry. Only the SHA-256 hash of its
 * secret is stored ({@link ApiTokenSecret}); the secret itself is shown once, when the token is created.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    /** The user's office when the token was created (none for a system administrator or analyst). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", updatable = false)
    private Office office;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApiTokenScope scope;

    @Column(name = "secret_hash", nullable = false, updatable = false, unique = true, length = 64)
    private String secretHash;

    @Column(nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    // Written only by ApiTokenRepository.markUsed (one statement, at most once a minute), never by a save.
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(AppUser user, String name, ApiTokenScope scope, String secretHash, String prefix,
            Instant expiresAt) {
        this.user = user;
        this.office = user.getOffice();
        this.name = name;
        this.scope = scope;
        this.secretHash = secretHash;
        this.prefix = prefix;
        this.expiresAt = expiresAt;
    }

    public AppUser getUser() {
        return user;
    }

    public Office getOffice() {
        return office;
    }

    public String getName() {
        return name;
    }

    public ApiTokenScope getScope() {
        return scope;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Usable for the API at {@code now}: neither revoked nor expired. */
    public boolean isActive(Instant now) {
        return !isRevoked() && !isExpired(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
