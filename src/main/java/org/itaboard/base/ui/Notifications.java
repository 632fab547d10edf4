package org.itaboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.itaboard.base.service.BusinessRuleException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Short messages at the bottom of the screen, and the mapping of a service refusal to words. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows why a service refused, in the user's language; unexpected errors are rethrown. */
    public static void showRefusal(RuntimeException e) {
        error(messageOf(e));
    }

    public static String messageOf(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof BusinessRuleException rule) {
            return ui.getTranslation(rule.getMessageKey(), rule.getArguments());
        }
        if (e instanceof OptimisticLockingFailureException) {
            return ui.getTranslation("error.concurrentChange");
        }
        if (e instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        throw e;
    }
}
