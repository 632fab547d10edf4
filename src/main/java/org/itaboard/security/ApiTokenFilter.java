package org.itaboard.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.security.service.ApiTokenSignIn;
import org.itaboard.security.service.ApiTokenSignIn.ApiTokenPrincipal;
import org.itaboard.security.service.ApiTokenSignIn.Outcome;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer itab_…} on the API: the call is signed in as the token's user, with the user's roles
 * ({@link ApiTokenSignIn}, one indexed lookup, no BCrypt). A read-only token is refused (403) for anything but GET and
 * HEAD before the request is looked at; an unknown, expired or revoked token, or one of a disabled user, is
 * 401 (a password lock does not stop tokens). Requests without a Bearer header pass on to HTTP Basic as before.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final Set<String> READING = Set.of("GET", "HEAD");
    private static final ObjectMapper PROBLEM_WRITER = new ObjectMapper();

    private final ApiTokenSignIn signIn;
    private final I18NProvider texts;

    ApiTokenFilter(ApiTokenSignIn signIn, I18NProvider texts) {
        this.signIn = signIn;
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Outcome outcome = signIn.authenticate(header.substring(BEARER.length()).strip());
        if (outcome.token() == null) {
            String key = switch (outcome.refusal()) {
                case EXPIRED -> "tokens.api.expired";
                case REVOKED -> "tokens.api.revoked";
                case UNKNOWN -> "tokens.api.unknown";
            };
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ITA Board\", error=\"invalid_token\"");
            refuse(request, response, HttpStatus.UNAUTHORIZED, key);
            return;
        }
        ApiTokenPrincipal token = outcome.token();
        if (token.readOnly() && !READING.contains(request.getMethod())) {
            refuse(request, response, HttpStatus.FORBIDDEN, "tokens.api.readOnly");
            return;
        }
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token, null, token.authorities()));
        strategy.setContext(context);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                texts.getTranslation(key, TranslationProvider.ENGLISH));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        PROBLEM_WRITER.writeValue(response.getOutputStream(), problem);
    }
}
