package org.itaboard.security.service;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.security.domain.SignInChannel;
import org.itaboard.security.domain.SignInEvent;
import org.itaboard.security.domain.SignInEventRepository;
import org.itaboard.security.domain.SignInOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in log: Spring Security's events, written as they happen on the request's thread. Every failure and
 * refusal is kept, on the login page and the API alike; successes and sign-outs of the login page (an API call
 * signs in on every request: a row per call would be a log of API use, not of sign-ins). Read by an office's
 * administrators for their office and by the system administrator for everything, unknown usernames included.
 */
@Service
public class SignInAudit {

    /** The most rows a search shows or exports. */
    public static final int MAX_ROWS = 5000;

    private final SignInEventRepository events;
    private final AppUserRepository users;
    private final OfficeAccess offices;
    private final Clock clock;

    SignInAudit(SignInEventRepository events, AppUserRepository users, OfficeAccess offices, Clock clock) {
        this.events = events;
        this.users = users;
        this.offices = offices;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication(), SignInOutcome.SUCCESS);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(),
                event instanceof AuthenticationFailureLockedEvent ? SignInOutcome.LOCKED : SignInOutcome.FAILURE);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), SignInOutcome.SIGN_OUT);
    }

    /**
     * The events of {@code from} to {@code to} (exclusive), newest first, at most {@link #MAX_ROWS}: of the
     * administrator's own office, or of every office (and unknown usernames) for the system administrator.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
    public List<SignInEvent> search(Instant from, Instant to, Collection<SignInOutcome> outcomes, String username) {
        boolean all = offices.hasRole(Role.SYSTEM_ADMIN);
        Long office = all ? null : offices.requireOwnOffice().getId();
        String typed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return events.search(from, to, outcomes.isEmpty() ? List.of(SignInOutcome.values()) : outcomes, typed, all,
                office, Limit.of(MAX_ROWS));
    }

    private void record(Authentication authentication, SignInOutcome outcome) {
        String typed = authentication == null ? "" : authentication.getName();
        Long office = typed.length() > SignInEvent.MAX_USERNAME ? null
                : users.findByUsername(typed.trim().toLowerCase(Locale.ROOT)).map(AppUser::getOffice)
                .map(o -> o.getId()).orElse(null);
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        String address = request == null ? null : request.getRemoteAddr();
        String agent = request == null ? null : request.getHeader(HttpHeaders.USER_AGENT);
        SignInChannel channel = request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? SignInChannel.API : SignInChannel.FORM;
        events.save(new SignInEvent(Instant.now(clock), typed, office, address, agent, channel, outcome));
    }
}
