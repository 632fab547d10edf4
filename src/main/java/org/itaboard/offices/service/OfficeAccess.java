package org.itaboard.offices.service;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.itaboard.base.service.CurrentUsername;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.domain.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The office check every service makes before it reads or changes anything: a user works in one
 * office and may change only its data; {@link Role#BMA_ANALYST} and {@link Role#SYSTEM_ADMIN} read
 * every office. Another office's data is refused like any other forbidden call, whatever the id,
 * URL or API path it was asked for with.
 */
@Component
public class OfficeAccess {

    private final OfficeRepository offices;

    OfficeAccess(OfficeRepository offices) {
        this.offices = offices;
    }

    /** The office the signed-in user works in; empty for system administrators, analysts and visitors. */
    @Transactional(readOnly = true)
    public Optional<Office> ownOffice() {
        return ownOfficeId().flatMap(offices::findById);
    }

    /**
     * The id of the office the signed-in user works in, looked up once per HTTP request (a user's office never
     * changes: {@code app_user.office_id} is set once), so the several office checks of one API call or one Vaadin
     * request do not each query it. Outside a request (background work, push) it is looked up every time. No office
     * is loaded: this is what office checks compare.
     */
    @Transactional(readOnly = true)
    public Optional<Long> ownOfficeId() {
        Optional<Authentication> signedIn = authentication();
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        if (signedIn.get().getPrincipal() instanceof SystemWork work) {
            return Optional.ofNullable(work.office()).map(Office::getId);
        }
        String username = signedIn.get().getName();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = OFFICE_OF + username;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return known.map(Long.class::cast);
        }
        Optional<Long> id = offices.findOfficeIdOfUser(username);
        if (request != null) {
            request.setAttribute(key, id, RequestAttributes.SCOPE_REQUEST);
        }
        return id;
    }

    private static final String OFFICE_OF = OfficeAccess.class.getName() + ".officeOf.";

    /** The signed-in user's office, or a refusal for a user who has none. */
    public Office requireOwnOffice() {
        return ownOffice().orElseThrow(() -> new AccessDeniedException("The user belongs to no office"));
    }

    /** Whether the signed-in user reads every office (the BMA's analysts, the system administrator). */
    public boolean readsEveryOffice() {
        return Arrays.stream(Role.values()).filter(Role::readsEveryOffice).anyMatch(this::hasRole);
    }

    public boolean mayRead(Office office) {
        return readsEveryOffice() || isOwn(office);
    }

    /** Refuses to show another office's data to a user of one office. */
    public void requireRead(Office office) {
        if (!mayRead(office)) {
            throw new AccessDeniedException("Office " + office.getCode() + " is not the user's office");
        }
    }

    /** Refuses every change to an office but the user's own (readers of every office change nothing). */
    public void requireWrite(Office office) {
        if (!mayWrite(office)) {
            throw new AccessDeniedException("Office " + office.getCode() + " is not the user's office");
        }
    }

    public boolean hasRole(Role role) {
        return authentication().map(auth -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()))).orElse(false);
    }

    /** Whether the signed-in user may change the office's data (their own office; the roles decide the rest). */
    public boolean mayWrite(Office office) {
        return isOwn(office);
    }

    /** Whether {@code office} is the signed-in user's own office. */
    public boolean isOwn(Office office) {
        return office != null && ownOfficeId().map(office.getId()::equals).orElse(false);
    }

    /**
     * Runs start-up work (demo data, the first office's set-up) through the services as the system, on behalf
     * of {@code office} (null: of no office, as the system administrator), so it is checked and audited as a
     * person's would be.
     */
    public static void asSystemIn(Office office, Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        List<SimpleGrantedAuthority> authorities = Stream.of(Role.SYSTEM_ADMIN, Role.ADMIN, Role.COORDINATOR)
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new SystemWork(office), null, authorities));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** Start-up work outside any office, such as creating offices. */
    public static void asSystem(Runnable work) {
        asSystemIn(null, work);
    }

    /** The principal of start-up work; its name is the one audit and "created by" columns show. */
    private record SystemWork(Office office) implements java.security.Principal {
        @Override
        public String getName() {
            return CurrentUsername.SYSTEM;
        }
    }

    private static Optional<Authentication> authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
