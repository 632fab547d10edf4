package org.itaboard.security.service;

import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.itaboard.offices.domain.Role;

/** What ADMIN edits of a user (everything but password and divisions, which have their own actions). */
public record UserDetailsForm(String username, @NotBlank String fullName, String positionTitle, String email,
        boolean enabled, Set<Role> roles) {
}
