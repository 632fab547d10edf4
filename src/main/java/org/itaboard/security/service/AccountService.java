package org.itaboard.security.service;

import java.util.List;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.security.domain.AppUser;
import org.itaboard.security.domain.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: their password, and whether they must choose a new one before anything else. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final String ENTITY = "AppUser";

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    AccountService(AppUserRepository users, CurrentUser currentUser, PasswordEncoder passwordEncoder, AuditService audit) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** True after an administrator created the account or reset its password, until the user has chosen their own. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return currentUser.get().map(AppUser::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Replaces the user's password after checking the current one (someone at an unlocked screen cannot take the
     * account over). The new one follows {@link PasswordPolicy} and differs from the current one.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        AppUser user = currentUser.require();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.error.wrongCurrentPassword");
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            throw new BusinessRuleException("account.error.repeatDiffers");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.error.sameAsCurrent");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangeRequired(false);
        users.save(user);
        audit.record(ENTITY, user.getId(), "passwordChanged", List.of());
    }
}
