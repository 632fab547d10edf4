package org.itaboard.security.service;

import java.time.Clock;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.itaboard.offices.domain.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users come from the database; a disabled or locked account cannot sign in. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .accountLocked(user.isLocked(clock.instant()))
                .authorities(user.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList())
                .build();
    }
}
