package org.itaboard.security.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.RecordNotFoundException;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.security.domain.ApiToken;
import org.itaboard.security.domain.ApiTokenRepository;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.domain.ApiTokenSecret;
import org.itaboard.security.domain.AppUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (issue 10): every signed-in user creates, lists and revokes their own; an office's
 * administrator sees and revokes the tokens of their office, the system administrator those of every office (as
 * with users: {@link UserAdminService}). A token works until the end of its expiry date (by default
 * {@value #DEFAULT_DAYS} days, at most a year ahead). Creating and revoking are audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    static final String ENTITY = "ApiToken";
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_NAME_LENGTH = 100;

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final OfficeAccess offices;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, OfficeAccess offices, AuditService audit,
            Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The expiry a new token gets unless the user picks another. */
    public LocalDate defaultExpiry() {
        return LocalDate.now(clock).plusDays(DEFAULT_DAYS);
    }

    /** The latest expiry a new token may have: a year from today. */
    public LocalDate latestExpiry() {
        return LocalDate.now(clock).plusYears(1);
    }

    /**
     * A new token of the signed-in user, valid until the end of {@code expiresOn} (null: {@link #defaultExpiry()}).
     * The answer holds the secret, which is not stored and cannot be shown again.
     */
    @Transactional
    public CreatedApiToken create(String name, ApiTokenScope scope, LocalDate expiresOn) {
        AppUser user = currentUser.require();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessRuleException("tokens.error.nameRequired");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new BusinessRuleException("tokens.error.nameTooLong", MAX_NAME_LENGTH, trimmed.length());
        }
        if (scope == null) {
            throw new BusinessRuleException("tokens.error.scopeRequired");
        }
        LocalDate expiry = expiresOn == null ? defaultExpiry() : expiresOn;
        LocalDate today = LocalDate.now(clock);
        if (!expiry.isAfter(today) || expiry.isAfter(latestExpiry())) {
            throw new BusinessRuleException("tokens.error.expiryRange", BuddhistDates.format(today.plusDays(1)),
                    BuddhistDates.format(latestExpiry()));
        }
        Instant expiresAt = expiry.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = tokens.save(new ApiToken(user, trimmed, scope, secret.hash(), secret.prefix(), expiresAt));
        audit.record(ENTITY, token.getId(), "created", List.of(FieldChange.of("name", null, trimmed),
                FieldChange.of("scope", null, scope), FieldChange.of("expiresAt", null, expiry),
                FieldChange.of("user", null, user.getUsername())));
        return new CreatedApiToken(token, secret.value());
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> own() {
        return tokens.findByUser(currentUser.require());
    }

    /** Whether the signed-in user administers other people's tokens ({@link #administered()}). */
    public boolean administersTokens() {
        return offices.hasRole(Role.SYSTEM_ADMIN) || offices.hasRole(Role.ADMIN);
    }

    /** The tokens of the administrator's office, or of every office for the system administrator; newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','SYSTEM_ADMIN')")
    public List<ApiToken> administered() {
        if (offices.hasRole(Role.SYSTEM_ADMIN)) {
            return tokens.findAllWithUser();
        }
        return tokens.findByOffice(offices.requireOwnOffice());
    }

    /**
     * Revokes a token from now on: the owner's own, or one of their office's for its administrator, or any for the
     * system administrator. Another office's token is refused like any forbidden call.
     */
    @Transactional
    public ApiToken revoke(Long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(RecordNotFoundException::new);
        AppUser user = currentUser.require();
        boolean own = token.getUser().getId().equals(user.getId());
        boolean administers = offices.hasRole(Role.SYSTEM_ADMIN)
                || (offices.hasRole(Role.ADMIN) && token.getOffice() != null && offices.mayWrite(token.getOffice()));
        if (!own && !administers) {
            throw new AccessDeniedException("Token " + tokenId + " is neither the user's nor of their office");
        }
        if (token.isRevoked()) {
            throw new BusinessRuleException("tokens.error.alreadyRevoked", token.getName());
        }
        token.revoke(clock.instant());
        audit.record(ENTITY, token.getId(), "revoked", List.of(FieldChange.of("revokedAt", null, token.getRevokedAt()),
                FieldChange.of("user", null, token.getUser().getUsername())));
        return tokens.save(token);
    }
}
