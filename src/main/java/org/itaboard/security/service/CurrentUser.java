package org.itaboard.security.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.itaboard.division.domain.Division;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.offices.domain.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user as the services see it: the source of the division check ("a division head
 * may only change what their own division leads").
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;
    private final Clock clock;

    CurrentUser(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName());
    }

    /** The signed-in user; services call this only behind an authorisation check. */
    public AppUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    /** The division the signed-in user belongs to today, if any. */
    public Optional<Division> division() {
        return get().flatMap(user -> user.divisionOn(LocalDate.now(clock)));
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
