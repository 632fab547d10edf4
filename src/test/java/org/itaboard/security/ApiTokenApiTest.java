package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.ApiTokenScope;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.service.ApiTokenService;
import org.itaboard.security.service.CreatedApiToken;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code Authorization: Bearer itab_…} over real HTTP: a token reads as its user, a read-only token is refused every
 * write (403 problem detail, nothing changed), a revoked, expired, unknown token or one of a disabled user
 * is 401 (a password lock does not stop a token) (problem detail). HTTP Basic works as before. The application's clock stands at 2026-12-01 10:00 Bangkok.
 */
class ApiTokenApiTest extends WebServerTest {

    private static final String SUMMARY = "api/v1/years/2565/summary";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void removeTokens() {
        ApiTokens.removeAll(jdbc);
        users.findByUsername("token.owner").ifPresent(users::delete);
    }

    @Test
    void aTokenReadsWhatItsUserReadsAndTheAnswerIsTheSameAsWithBasic() throws Exception {
        String secret = create("director", "EXECUTIVE", ApiTokenScope.READ_ONLY).secret();

        HttpResponse<String> withToken = send(bearer(SUMMARY, secret).GET());
        HttpResponse<String> withBasic = send(basic(SUMMARY, "director").GET());

        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
        assertThat(withBasic.statusCode()).isEqualTo(200);
        assertThat(json.readTree(withToken.body())).isEqualTo(json.readTree(withBasic.body()));
        assertThat(json.readTree(withToken.body()).get("year").asInt()).isEqualTo(2565);
        // The token's user's office: Wang Thonglang's years, never another office's.
        JsonNode offices = json.readTree(send(bearer("api/v1/offices", secret).GET()).body());
        assertThat(offices).extracting(o -> o.get("code").asText()).containsExactly("wangthonglang");
    }

    @Test
    void aReadOnlyTokenIsRefusedEveryWriteBeforeTheRequestIsLookedAt() throws Exception {
        String secret = create("coordinator", "COORDINATOR", ApiTokenScope.READ_ONLY).secret();

        HttpResponse<String> put = send(bearer("api/v1/years/2630", secret).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> delete = send(bearer("api/v1/years/2565", secret).DELETE());

        for (HttpResponse<String> answer : List.of(put, delete)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
            assertProblem(answer, 403);
            assertThat(json.readTree(answer.body()).get("detail").asText()).contains("read-only");
        }
        assertThat(send(bearer("api/v1/years/2630", secret).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aReadWriteTokenWritesWithItsUsersRolesOnly() throws Exception {
        String coordinators = create("coordinator", "COORDINATOR", ApiTokenScope.READ_WRITE).secret();
        String directors = create("director", "EXECUTIVE", ApiTokenScope.READ_WRITE).secret();

        HttpResponse<String> created = send(bearer("api/v1/years/2631", coordinators)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select created_by from fiscal_year where be_year = 2631", String.class))
                .isEqualTo("coordinator");

        HttpResponse<String> refused = send(bearer("api/v1/years/2632", directors)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertProblem(refused, 403);
    }

    @Test
    void revokedExpiredUnknownAndMalformedTokensAre401() throws Exception {
        CreatedApiToken revoked = create("director", "EXECUTIVE", ApiTokenScope.READ_ONLY);
        signIn("director", "EXECUTIVE");
        tokens.revoke(revoked.token().getId());
        SecurityContextHolder.clearContext();
        CreatedApiToken expiring = create("director", "EXECUTIVE", ApiTokenScope.READ_ONLY);
        assertThat(send(bearer(SUMMARY, expiring.secret()).GET()).statusCode()).isEqualTo(200);
        // Expires at this very moment of the fixed clock.
        jdbc.update("update api_token set expires_at = ? where id = ?", Timestamp.from(clock.instant()),
                expiring.token().getId());

        assertRefused(send(bearer(SUMMARY, revoked.secret()).GET()), "revoked");
        assertRefused(send(bearer(SUMMARY, expiring.secret()).GET()), "expired");
        assertRefused(send(bearer(SUMMARY, "itab_" + "A".repeat(43)).GET()), "not valid");
        assertRefused(send(bearer(SUMMARY, "demo1234").GET()), "not valid");
        assertRefused(send(bearer(SUMMARY, revoked.secret().toUpperCase()).GET()), "not valid");
    }

    @Test
    void theTokensOfADisabledUserAre401ButAPasswordLockDoesNotStopThem() throws Exception {
        AppUser owner = new AppUser();
        owner.setUsername("token.owner");
        owner.setFullName("ทดสอบ เจ้าของโทเคน");
        owner.setPasswordHash(passwordEncoder.encode("not-used-here"));
        owner.setRoles(EnumSet.of(Role.EXECUTIVE));
        owner.setOffice(wangThonglang());
        users.save(owner);
        String secret = create("token.owner", "EXECUTIVE", ApiTokenScope.READ_ONLY).secret();
        assertThat(send(bearer(SUMMARY, secret).GET()).statusCode()).isEqualTo(200);

        // Someone typing wrong passwords for the username locks the password, not the owner's scripts.
        jdbc.update("update app_user set locked_until = ? where username = 'token.owner'",
                Timestamp.from(clock.instant().plusSeconds(900)));
        assertThat(send(bearer(SUMMARY, secret).GET()).statusCode()).isEqualTo(200);

        jdbc.update("update app_user set enabled = false where username = 'token.owner'");
        assertRefused(send(bearer(SUMMARY, secret).GET()), "not valid");
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        CreatedApiToken token = create("director", "EXECUTIVE", ApiTokenScope.READ_ONLY);
        Long id = token.token().getId();
        assertThat(lastUsed(id)).isNull();

        send(bearer(SUMMARY, token.secret()).GET());
        assertThat(lastUsed(id)).isEqualTo(clock.instant());

        Instant thirtySecondsAgo = clock.instant().minusSeconds(30);
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(thirtySecondsAgo), id);
        send(bearer(SUMMARY, token.secret()).GET());
        assertThat(lastUsed(id)).isEqualTo(thirtySecondsAgo);

        jdbc.update("update api_token set last_used_at = ? where id = ?",
                Timestamp.from(clock.instant().minusSeconds(61)), id);
        send(bearer(SUMMARY, token.secret()).GET());
        assertThat(lastUsed(id)).isEqualTo(clock.instant());
    }

    @Test
    void basicAuthenticationWorksAsBefore() throws Exception {
        assertThat(send(basic(SUMMARY, "director").GET()).statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(url(SUMMARY)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "director:wrong".getBytes(StandardCharsets.UTF_8))).GET());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(send(HttpRequest.newBuilder(URI.create(url(SUMMARY))).GET()).statusCode()).isEqualTo(401);
    }

    private CreatedApiToken create(String username, String role, ApiTokenScope scope) {
        signIn(username, role);
        try {
            return tokens.create("api test", scope, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    private Instant lastUsed(Long id) {
        Timestamp at = jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, id);
        return at == null ? null : at.toInstant();
    }

    private void assertRefused(HttpResponse<String> answer, String detail) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertProblem(answer, 401);
        assertThat(json.readTree(answer.body()).get("detail").asText()).contains(detail);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer").contains("invalid_token"));
    }

    private void assertProblem(HttpResponse<String> answer, int status) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(status);
    }

    private HttpRequest.Builder bearer(String path, String secret) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + secret);
    }

    private HttpRequest.Builder basic(String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
