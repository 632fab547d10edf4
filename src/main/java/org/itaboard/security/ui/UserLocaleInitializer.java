package org.itaboard.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Thai by default, whatever the browser says; a signed-in user gets the language they chose last
 * time, a visitor the one they picked on the login page ({@link #chooseForSession}).
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private static final String CHOSEN_LANGUAGE = "itaboard.chosenLanguage";

    /** Remembers a visitor's explicit choice for this session (the browser's language never counts). */
    static void chooseForSession(VaadinSession session, String language) {
        session.setAttribute(CHOSEN_LANGUAGE, language);
        session.setLocale(TranslationProvider.localeOf(language));
    }

    private final CurrentUser currentUser;

    UserLocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinSession session = uiEvent.getUI().getSession();
            currentUser.get().ifPresentOrElse(
                    user -> session.setLocale(TranslationProvider.localeOf(user.getPreferredLanguage())),
                    () -> session.setLocale(TranslationProvider.localeOf((String) session.getAttribute(CHOSEN_LANGUAGE))));
            uiEvent.getUI().setLocale(session.getLocale());
        });
    }
}
