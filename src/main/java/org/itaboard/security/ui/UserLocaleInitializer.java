package org.itaboard.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Thai by default, whatever the browser says; a signed-in user gets the language they chose last
 * time. Runs for every new UI, so a language switched on the login page carries over too.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

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
                    () -> {
                        if (!TranslationProvider.ENGLISH.equals(session.getLocale())) {
                            session.setLocale(TranslationProvider.THAI);
                        }
                    });
            uiEvent.getUI().setLocale(session.getLocale());
        });
    }
}
