package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The brute-force guard over real HTTP, against an account of its own (the demo users stay usable). */
class LoginGuardTest extends WebServerTest {

    private static final String USERNAME = "guard.target";
    private static final String PASSWORD = "the-right-password";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private java.time.Clock clock;

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    /** Password comparisons that failed, as Spring Security reports them (a refusal before the comparison is a LockedException). */
    private final Set<Object> wrongPasswordChecks = ConcurrentHashMap.newKeySet();
    private final ApplicationListener<AbstractAuthenticationFailureEvent> failures = event -> {
        if (event instanceof AuthenticationFailureBadCredentialsEvent && USERNAME.equals(event.getAuthentication().getName())) {
            wrongPasswordChecks.add(event);
        }
    };

    @BeforeEach
    void createAccount() {
        AppUser user = new AppUser();
        user.setUsername(USERNAME);
        user.setFullName("ทดสอบ การล็อกบัญชี");
        user.setPasswordHash(passwordEncoder.encode(PASSWORD));
        user.setRoles(EnumSet.of(Role.EXECUTIVE));
        user.setOffice(wangThonglang());
        users.save(user);
        context.addApplicationListener(failures);
    }

    @AfterEach
    void removeAccount() {
        context.removeApplicationListener(failures);
        users.findByUsername(USERNAME).ifPresent(users::delete);
    }

    @Test
    void parallelWrongPasswordsCompareAtMostFiveAndLockTheAccount() {
        List<CompletableFuture<HttpResponse<String>>> attempts = IntStream.range(0, 40)
                .mapToObj(i -> http.sendAsync(get(USERNAME, "wrong-" + i), HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> answers = attempts.stream().map(CompletableFuture::join).toList();

        String wrongPasswordAnswer = answers.get(0).body();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(wrongPasswordAnswer);
        });
        assertThat(wrongPasswordChecks).hasSizeLessThanOrEqualTo(5);
        AppUser user = users.findByUsername(USERNAME).orElseThrow();
        assertThat(user.getFailedLogins()).isEqualTo(5);
        assertThat(user.isLocked(clock.instant())).isTrue();

        HttpResponse<String> right = send(get(USERNAME, PASSWORD));
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(right.body()).isEqualTo(wrongPasswordAnswer);
        assertThat(send(get("nobody.here", PASSWORD)).body()).isEqualTo(wrongPasswordAnswer);
        assertThat(wrongPasswordChecks).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anExpiredLockStartsTheCountAgain() {
        jdbc.update("update app_user set failed_logins = 5, locked_until = ? where username = ?",
                Timestamp.from(clock.instant().minus(1, ChronoUnit.MINUTES)), USERNAME);

        assertThat(send(get(USERNAME, "wrong")).statusCode()).isEqualTo(401);

        AppUser user = users.findByUsername(USERNAME).orElseThrow();
        assertThat(user.getFailedLogins()).isEqualTo(1);
        assertThat(user.isLocked(clock.instant())).isFalse();
        assertThat(send(get(USERNAME, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(users.findByUsername(USERNAME).orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void theLoginFormAnswersALockedOrUnknownAccountLikeAWrongPassword() {
        assertThat(formLogin(USERNAME, PASSWORD)).isEqualTo(url(""));
        assertThat(formLogin(USERNAME, "not-the-password")).isEqualTo(url("login?error"));
        assertThat(formLogin("nobody.here", "not-the-password")).isEqualTo(url("login?error"));

        jdbc.update("update app_user set failed_logins = 5, locked_until = ? where username = ?",
                Timestamp.from(clock.instant().plus(10, ChronoUnit.MINUTES)), USERNAME);
        assertThat(formLogin(USERNAME, PASSWORD)).isEqualTo(url("login?error"));
    }

    /** Posts the login form as the browser does and answers where it is sent. */
    private String formLogin(String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                .build());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpRequest get(String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url("api/v1/years/2565")))
                .header("Authorization", "Basic " + credentials).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }
}
