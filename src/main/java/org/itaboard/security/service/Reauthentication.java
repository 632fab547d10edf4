package org.itaboard.security.service;

import org.itaboard.base.service.BusinessRuleException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user types their password again before a decision that carries their name (an executive's
 * sign-off), so an unlocked screen left open does not sign for them. The check is a sign-in: wrong passwords count
 * towards the account's lock like at the login page.
 */
@Component
public class Reauthentication {

    private final GuardedAuthenticationProvider signIn;

    Reauthentication(GuardedAuthenticationProvider signIn) {
        this.signIn = signIn;
    }

    /** Refuses with {@code reauth.error.password} unless {@code password} is the signed-in user's current one. */
    public void confirm(String password) {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        try {
            signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    password == null ? "" : password));
        } catch (AuthenticationException refused) {
            throw new BusinessRuleException("reauth.error.password");
        }
    }
}
