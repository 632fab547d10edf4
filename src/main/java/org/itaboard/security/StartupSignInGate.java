package org.itaboard.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.itaboard.base.ui.TranslationProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses sign-ins with 503 until the application is ready. The port answers from before the start-up runners
 * (the initial users, the demo data), and Spring Boot turns readiness to ACCEPTING_TRAFFIC only once they have all
 * finished; a sign-in in between would fail for a user not yet created and count towards the account's lock.
 * Refused here, ahead of authentication, it is never counted.
 */
final class StartupSignInGate extends OncePerRequestFilter {

    /** Seconds a client should wait: starting takes some seconds, the runners alone rarely more than a few. */
    private static final String RETRY_AFTER = "5";
    private static final ObjectMapper PROBLEM_WRITER = new ObjectMapper();

    private final ApplicationAvailability availability;
    private final RequestMatcher signIns;
    private final Refusal refusal;

    @FunctionalInterface
    private interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private StartupSignInGate(ApplicationAvailability availability, RequestMatcher signIns, Refusal refusal) {
        this.availability = availability;
        this.signIns = signIns;
        this.refusal = refusal;
    }

    /** For the API's chain, where every request signs in (HTTP Basic): a problem detail in English. */
    static StartupSignInGate api(ApplicationAvailability availability, I18NProvider texts) {
        return new StartupSignInGate(availability, AnyRequestMatcher.INSTANCE, (request, response) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    texts.getTranslation("login.starting.message", TranslationProvider.ENGLISH));
            problem.setTitle("Starting");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            PROBLEM_WRITER.writeValue(response.getOutputStream(), problem);
        });
    }

    /**
     * For the login form's POST: the browser is sent on to the login page, which says in the visitor's language
     * that the application is starting. The page in between names it in both languages, should it stay.
     */
    static StartupSignInGate loginForm(ApplicationAvailability availability, I18NProvider texts) {
        RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        return new StartupSignInGate(availability, loginPost, (request, response) -> {
            String loginPage = HtmlUtils.htmlEscape(request.getContextPath() + "/login?starting");
            String thai = HtmlUtils.htmlEscape(texts.getTranslation("login.starting.message", TranslationProvider.THAI));
            String english = HtmlUtils.htmlEscape(texts.getTranslation("login.starting.message", TranslationProvider.ENGLISH));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + loginPage + "\"><title>ITA Board</title></head>"
                    + "<body><p>" + thai + "</p><p lang=\"en\">" + english + "</p>"
                    + "<p><a href=\"" + loginPage + "\">ITA Board</a></p></body></html>");
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC && signIns.matches(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
            refusal.write(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
