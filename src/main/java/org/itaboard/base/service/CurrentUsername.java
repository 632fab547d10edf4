package org.itaboard.base.service;

import java.util.Optional;
import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's name for audit columns; "system" for start-up jobs such as the demo data. */
@Component
public class CurrentUsername implements AuditorAware<String> {

    public static final String SYSTEM = "system";

    public String get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(get());
    }
}
