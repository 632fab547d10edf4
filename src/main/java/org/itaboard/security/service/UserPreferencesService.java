package org.itaboard.security.service;

import java.util.Set;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.security.domain.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may change about themselves. */
@Service
public class UserPreferencesService {

    public static final Set<String> LANGUAGES = Set.of("th", "en");

    private final AppUserRepository users;
    private final CurrentUser currentUser;

    UserPreferencesService(AppUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /** Remembers the UI language for the signed-in user ("th" or "en"). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new BusinessRuleException("error.unsupportedLanguage", language);
        }
        users.findById(currentUser.require().getId()).ifPresent(user -> user.setPreferredLanguage(language));
    }
}
