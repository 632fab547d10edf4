package org.itaboard.security;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.itaboard.security.service.ApiTokenSignIn;
import org.itaboard.security.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.itaboard.offices.domain.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: Actuator's health endpoint (open to anyone), the REST API under {@code /api/**} (HTTP Basic
 * or a personal API token, stateless, no CSRF since no browser session is involved) and the Vaadin UI (form login through {@link LoginView}).
 * Until start-up has finished, sign-ins on both are refused by {@link StartupSignInGate}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Only the health endpoint of Actuator is exposed; probes (docker-compose's healthcheck) call it without a login. */
    @Bean
    @Order(0)
    SecurityFilterChain healthFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.to(HealthEndpoint.class))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Pages published for everyone (the personnel criteria under {@code /public/<office>/hr}, the URLs an office
     * gives the assessors): no login, read-only, and stateless, so a visitor never gets a session cookie.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().denyAll())
                // Anything but reading is answered 405 here, not with a redirect to the login page.
                .exceptionHandling(e -> e.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApplicationAvailability availability, I18NProvider texts,
            ApiTokenSignIn tokens) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(StartupSignInGate.api(availability, texts), BasicAuthenticationFilter.class)
                // After the gate (filters of one position keep their order): a personal token (Authorization: Bearer
                // itab_…) signs in without a password check; without one, HTTP Basic as before.
                .addFilterBefore(new ApiTokenFilter(tokens, texts), BasicAuthenticationFilter.class)
                // Reading is for every signed-in user; anything else needs a writing role here, before the request
                // is looked at (its body read, its JSON or content type checked, its method matched): a reader gets
                // 403, never a 400/405/415 that describes the endpoint. The services check the role again, and the office.
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").authenticated()
                        .anyRequest().hasAnyRole(Role.Names.COORDINATOR, Role.Names.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::apiUnauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::apiUnauthorized)
                        .accessDeniedHandler((request, response, denied) -> apiForbidden(request, response, texts)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, ApplicationAvailability availability, I18NProvider texts)
            throws Exception {
        // Ahead of the CSRF check too: a login page loaded before a restart carries a token the new start does not know.
        http.addFilterBefore(StartupSignInGate.loginForm(availability, texts), CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/public/**", "/images/**", "/icons/**").permitAll());
        // Every refused login (wrong password, unknown or locked account) lands on /login?error alike.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * Only this server's scripts, styles, images, fonts and connections (push included); no framing by other sites,
     * no plug-ins. Vaadin Flow needs 'unsafe-inline' and 'unsafe-eval' for scripts (its client runs the server's
     * JavaScript calls through Function) and 'unsafe-inline' for styles (component styles, getStyle()); evidence
     * thumbnails and charts use data: and blob: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /** The browser features the application never uses, switched off for it and anything it embeds. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=()";

    /**
     * API clients get an RFC 9457 problem detail for a missing or wrong login too, not an empty 401;
     * the same one whatever the reason, so it does not tell which usernames exist or are locked.
     */
    private static void apiUnauthorized(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.core.AuthenticationException exception) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic authentication as an ITA Board user.");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ITA Board\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        PROBLEM_WRITER.writeValue(response.getOutputStream(), problem);
    }

    /** The same problem detail as the controllers' refusal (ApiProblems), for a role missing at the filter chain. */
    private static void apiForbidden(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, I18NProvider texts) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                texts.getTranslation("error.accessDenied", java.util.Locale.ENGLISH));
        problem.setTitle("Forbidden");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        PROBLEM_WRITER.writeValue(response.getOutputStream(), problem);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper PROBLEM_WRITER =
            new com.fasterxml.jackson.databind.ObjectMapper();
}
