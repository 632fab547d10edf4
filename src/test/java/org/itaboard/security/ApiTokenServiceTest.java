package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.security.domain.ApiToken;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.domain.ApiTokenSecret;
import org.itaboard.security.service.ApiTokenService;
import org.itaboard.security.service.CreatedApiToken;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Personal API tokens: every role creates, lists and revokes its own; an office's administrator sees and revokes
 * its office's, never another office's; the system administrator every office's. Only the hash is stored; creating
 * and revoking are audited. The clock stands at 2026-12-01 10:00 (Bangkok).
 */
class ApiTokenServiceTest extends PostgresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    ApiTokenService tokens;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTokens() {
        ApiTokens.removeAll(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER", "ADMIN", "BMA_ANALYST",
            "SYSTEM_ADMIN"})
    void everyRoleCreatesListsAndRevokesItsOwnTokensAudited(String role) {
        signInAs(role);
        CreatedApiToken created = tokens.create("  nightly import  ", ApiTokenScope.READ_ONLY, null);

        ApiToken token = created.token();
        assertThat(token.getName()).isEqualTo("nightly import");
        assertThat(token.getScope()).isEqualTo(ApiTokenScope.READ_ONLY);
        // 90 days by default, valid through the whole of that day in Bangkok.
        assertThat(token.getExpiresAt()).isEqualTo(Instant.parse("2027-03-01T17:00:00Z"));
        assertThat(tokens.own()).extracting(ApiToken::getId).containsExactly(token.getId());

        ApiToken revoked = tokens.revoke(token.getId());
        assertThat(revoked.getRevokedAt()).isEqualTo(Instant.parse("2026-12-01T03:00:00Z"));
        assertThat(tokens.own()).singleElement().satisfies(t -> assertThat(t.isRevoked()).isTrue());
        List<AuditEntry> history = audit.history("ApiToken", token.getId());
        assertThat(history).extracting(AuditEntry::getAction).containsExactly("revoked", "created");
        assertThat(history).allSatisfy(e -> assertThat(e.getUsername())
                .isEqualTo(SecurityContextHolder.getContext().getAuthentication().getName()));
        assertThatThrownBy(() -> tokens.revoke(token.getId())).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "tokens.error.alreadyRevoked");
    }

    @Test
    void onlyTheSha256OfTheSecretIsStoredWithAVisiblePrefixAndTheUsersOffice() {
        signInAs("COORDINATOR");
        CreatedApiToken created = tokens.create("scores", ApiTokenScope.READ_WRITE, LocalDate.of(2027, 1, 15));

        assertThat(ApiTokenSecret.isWellFormed(created.secret())).isTrue();
        var row = jdbc.queryForMap("select t.*, u.username from api_token t join app_user u on u.id = t.user_id "
                + "where t.id = ?", created.token().getId());
        assertThat(row.get("secret_hash")).isEqualTo(ApiTokenSecret.hash(created.secret()));
        assertThat(row.get("prefix")).isEqualTo(created.secret().substring(0, 11));
        assertThat(row.get("username")).isEqualTo("coordinator");
        assertThat(row.get("office_id")).isEqualTo(wangThonglang().getId());
        assertThat(row.get("scope")).isEqualTo("READ_WRITE");
        assertThat(row.values()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains(created.secret().substring(11)));
        assertThat(created.token().getExpiresAt()).isEqualTo(Instant.parse("2027-01-15T17:00:00Z"));
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    void aNameAScopeAndAnExpiryFromTomorrowToAYearAheadAreRequired() {
        signInAs("COORDINATOR");
        assertRefused(() -> tokens.create("  ", ApiTokenScope.READ_ONLY, null), "tokens.error.nameRequired");
        assertRefused(() -> tokens.create("x".repeat(101), ApiTokenScope.READ_ONLY, null), "tokens.error.nameTooLong");
        assertRefused(() -> tokens.create("scores", null, null), "tokens.error.scopeRequired");
        assertRefused(() -> tokens.create("scores", ApiTokenScope.READ_ONLY, TODAY), "tokens.error.expiryRange");
        assertRefused(() -> tokens.create("scores", ApiTokenScope.READ_ONLY, TODAY.plusYears(1).plusDays(1)),
                "tokens.error.expiryRange");
        assertThat(tokens.own()).isEmpty();

        assertThat(tokens.create("scores", ApiTokenScope.READ_ONLY, TODAY.plusDays(1)).token().getExpiresAt())
                .isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
        assertThat(tokens.create("scores", ApiTokenScope.READ_ONLY, TODAY.plusYears(1)).token().getExpiresAt())
                .isEqualTo(Instant.parse("2027-12-01T17:00:00Z"));
    }

    @Test
    void aUserCannotRevokeAnotherUsersTokenNorSeeTheOfficesTokens() {
        signInAs("EXECUTIVE");
        Long directors = tokens.create("director's", ApiTokenScope.READ_ONLY, null).token().getId();

        for (String role : List.of("COORDINATOR", "DIVISION_HEAD", "HR_OFFICER", "EXECUTIVE", "BMA_ANALYST")) {
            signInAs(role);
            if (!role.equals("EXECUTIVE")) {
                assertThatThrownBy(() -> tokens.revoke(directors)).as(role).isInstanceOf(AccessDeniedException.class);
                assertThat(tokens.own()).as(role).isEmpty();
            }
            assertThatThrownBy(() -> tokens.administered()).as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select revoked_at is null from api_token where id = ?", Boolean.class,
                directors)).isTrue();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> tokens.own()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> tokens.create("x", ApiTokenScope.READ_ONLY, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theOfficeAdministratorSeesAndRevokesTheOfficesTokensButNotAnotherOffices() {
        signInAs("EXECUTIVE");
        Long directors = tokens.create("director's", ApiTokenScope.READ_ONLY, null).token().getId();
        signInAsNongChokCoordinator();
        Long nongChoks = tokens.create("nong chok's", ApiTokenScope.READ_WRITE, null).token().getId();
        assertThat(tokens.own()).extracting(ApiToken::getId).containsExactly(nongChoks);

        signInAs("ADMIN");
        assertThat(tokens.administered()).extracting(ApiToken::getId).contains(directors).doesNotContain(nongChoks);
        assertThatThrownBy(() -> tokens.revoke(nongChoks)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.history("ApiToken", nongChoks)).extracting(AuditEntry::getAction).containsExactly("created");

        tokens.revoke(directors);
        assertThat(audit.history("ApiToken", directors)).first().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("revoked");
            assertThat(entry.getUsername()).isEqualTo("admin");
        });

        // Nong Chok's coordinator cannot revoke Wang Thonglang's tokens either.
        signInAs("COORDINATOR");
        Long coordinators = tokens.create("coordinator's", ApiTokenScope.READ_ONLY, null).token().getId();
        signInAsNongChokCoordinator();
        assertThatThrownBy(() -> tokens.revoke(coordinators)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSystemAdministratorSeesAndRevokesEveryOfficesTokens() {
        signInAs("EXECUTIVE");
        Long directors = tokens.create("director's", ApiTokenScope.READ_ONLY, null).token().getId();
        signInAsNongChokCoordinator();
        Long nongChoks = tokens.create("nong chok's", ApiTokenScope.READ_WRITE, null).token().getId();

        signInAs("SYSTEM_ADMIN");
        assertThat(tokens.administered()).extracting(ApiToken::getId).contains(directors, nongChoks);
        tokens.revoke(nongChoks);
        assertThat(audit.history("ApiToken", nongChoks)).first().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("revoked");
            assertThat(entry.getUsername()).isEqualTo("sysadmin");
        });
    }

    private static void signInAsNongChokCoordinator() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "coordinator.nongchok", null, List.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
