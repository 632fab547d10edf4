package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Actuator's health and probes over real HTTP, without a login. Readiness is turned back to REFUSING_TRAFFIC here,
 * as during the start-up runners: probes then say OUT_OF_SERVICE and sign-ins get 503 without counting a failure.
 */
class HealthAndStartupTest extends WebServerTest {

    /** A demo user no other test signs in as; its failures are reset after each test. */
    private static final String USER = "assistant";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private AppUserRepository users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectMapper json;

    @AfterEach
    void readyAgain() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        jdbc.update("update app_user set failed_logins = 0, locked_until = null where username = ?", USER);
    }

    @Test
    void healthAndProbesAnswerAnyoneInJson() throws Exception {
        for (String path : new String[] {"actuator/health", "actuator/health/liveness", "actuator/health/readiness"}) {
            HttpResponse<String> health = get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void whileStartingSignInsAre503AndNotCountedAsFailures() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        HttpResponse<String> readiness = get("actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(json.readTree(readiness.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(get("actuator/health/liveness").statusCode()).isEqualTo(200);

        HttpResponse<String> api = apiWithWrongPassword();
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(api.body()).get("detail").asText()).startsWith("ITA Board is starting.");

        // The login page is served while starting; its form, sent with a valid CSRF token, is refused.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrfTokenOfTheLoginPage(browser);
        HttpResponse<String> form = formWithWrongPassword(browser, csrf);
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("url=/login?starting", "ITA Board กำลังเริ่มทำงาน", "ITA Board is starting.");

        assertThat(users.findByUsername(USER).orElseThrow().getFailedLogins()).isZero();

        // Once ready, the same wrong passwords do count: the 503s above were refused ahead of authentication.
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(apiWithWrongPassword().statusCode()).isEqualTo(401);
        HttpResponse<String> refused = formWithWrongPassword(browser, csrf);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(users.findByUsername(USER).orElseThrow().getFailedLogins()).isEqualTo(2);
    }

    private HttpResponse<String> apiWithWrongPassword() throws Exception {
        String basic = Base64.getEncoder().encodeToString((USER + ":wrong-password").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url("api/v1/years/2565")))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfTokenOfTheLoginPage(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(url("login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token in the login page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> formWithWrongPassword(HttpClient browser, String csrf) throws Exception {
        String body = "username=" + USER + "&password=wrong-password&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
