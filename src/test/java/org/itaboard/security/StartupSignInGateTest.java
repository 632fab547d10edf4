package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Sign-ins before readiness get a 503 and never reach authentication; once ready, the gate lets everything by. */
class StartupSignInGateTest {

    /** Texts by key and language, so the test sees which message went where. */
    private static final I18NProvider TEXTS = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key + "@" + locale.getLanguage();
        }
    };

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final MockFilterChain chain = new MockFilterChain();

    @Test
    void anApiRequestWhileStartingIsAProblemDetail503() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/years");
        request.addHeader("Authorization", "Basic YXNzaXN0YW50Ondyb25n");

        StartupSignInGate.api(availability, TEXTS).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("passed on to authentication").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).isEqualTo("login.starting.message@en");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/years");
    }

    @Test
    void aLoginFormPostWhileStartingIs503LeadingBackToTheLoginPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setParameter("username", "assistant");
        request.setParameter("password", "wrong");

        StartupSignInGate.loginForm(availability, TEXTS).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("passed on to authentication").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("url=/login?starting", "login.starting.message@th",
                "login.starting.message@en");
    }

    @Test
    void theLoginPageItselfIsServedWhileStarting() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");

        StartupSignInGate.loginForm(availability, TEXTS).doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void onceReadySignInsPassOnToAuthentication() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/years");

        StartupSignInGate.loginForm(availability, TEXTS).doFilter(login, response, chain);
        MockFilterChain apiChain = new MockFilterChain();
        StartupSignInGate.api(availability, TEXTS).doFilter(api, response, apiChain);

        assertThat(chain.getRequest()).isSameAs(login);
        assertThat(apiChain.getRequest()).isSameAs(api);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    /**
     * What the gate relies on: Spring Boot runs every ApplicationRunner (the initial users, the demo data) while the
     * application still refuses traffic, and turns readiness to ACCEPTING_TRAFFIC only after the last one.
     */
    @Test
    void springBootAcceptsTrafficOnlyAfterTheRunners() {
        List<ReadinessState> seenByRunners = new ArrayList<>();
        SpringApplication application = new SpringApplication(ApplicationAvailabilityAutoConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("runner",
                (ApplicationRunner) args -> seenByRunners.add(
                        context.getBean(ApplicationAvailability.class).getReadinessState())));

        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(seenByRunners).containsExactly(ReadinessState.REFUSING_TRAFFIC);
            assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
