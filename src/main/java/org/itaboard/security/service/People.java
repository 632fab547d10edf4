package org.itaboard.security.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did something, as people read it: the stored records keep the login name (it never changes), pages show the
 * person's name and position ("นางสาวสมใจ ใจดี, หัวหน้าฝ่ายโยธา"). A login name without an account stays as it is.
 */
@Service
public class People {

    private final AppUserRepository users;

    People(AppUserRepository users) {
        this.users = users;
    }

    /** Each login name with the name and position to show for it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> describe(Collection<String> usernames) {
        Map<String, String> shown = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(username -> shown.put(username, username));
        if (!shown.isEmpty()) {
            users.findByUsernameIn(shown.keySet()).forEach(user -> shown.put(user.getUsername(), nameAndPosition(user)));
        }
        return shown;
    }

    static String nameAndPosition(AppUser user) {
        String name = user.getFullName() == null || user.getFullName().isBlank() ? user.getUsername() : user.getFullName();
        String position = user.getPositionTitle();
        return position == null || position.isBlank() ? name : name + ", " + position;
    }
}
