package org.itaboard.security.service;

import java.time.Instant;
import java.util.Optional;
import org.itaboard.security.domain.AppUserRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in, for the login form and HTTP Basic alike. Before a password is
 * compared, the client address ({@link ClientAddressThrottle}) and the account
 * ({@link LoginAttemptGuard}) must each be under their limit of failed logins. A refusal is a
 * {@link LockedException}, which the login page and the API answer exactly like a wrong password,
 * so the answer never tells whether an account exists or is locked.
 */
@Component
class GuardedAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttemptGuard accounts;
    private final ClientAddressThrottle addresses;
    private final String lockedAccountHash;

    GuardedAuthenticationProvider(AppUserRepository users, PasswordEncoder passwordEncoder,
            LoginAttemptGuard accounts, ClientAddressThrottle addresses) {
        super(new AppUserDetailsService(users));
        setPasswordEncoder(passwordEncoder);
        this.accounts = accounts;
        this.addresses = addresses;
        this.lockedAccountHash = passwordEncoder.encode("compared only to take the time of a real check");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        // The login form and HTTP Basic always attach the request's details; only a direct call of
        // the AuthenticationManager (tests) comes without an address.
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails request)) {
            return super.authenticate(authentication);
        }
        String address = request.getRemoteAddress();
        Instant acquired = addresses.tryAcquire(address)
                .orElseThrow(() -> new LockedException("Too many failed logins from " + address));
        Authentication result = super.authenticate(authentication);
        addresses.release(address, acquired);
        return result;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        Optional<Instant> counted = accounts.beforePasswordCheck(user.getUsername());
        if (counted.isEmpty()) {
            // As slow as a wrong password or an unknown username: the time taken must not tell that the account exists.
            getPasswordEncoder().matches(String.valueOf(authentication.getCredentials()), lockedAccountHash);
            throw new LockedException("Account locked after repeated failed logins");
        }
        try {
            super.additionalAuthenticationChecks(user, authentication);
        } catch (BadCredentialsException wrongPassword) {
            accounts.failed(user.getUsername(), counted.get());
            throw wrongPassword;
        }
        accounts.succeeded(user.getUsername());
    }
}
