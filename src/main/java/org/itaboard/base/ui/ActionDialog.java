package org.itaboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog whose primary button runs one action. On success it closes and runs {@code afterSuccess}
 * (typically a refresh of the page behind); when a field check fails ({@link InvalidInput}) or a
 * service refuses, it stays open with everything that was typed, and a refusal is shown in words.
 */
public class ActionDialog extends Dialog {

    private final Button primary;

    public ActionDialog(String title, String actionLabel, Runnable action, Runnable afterSuccess, Component... content) {
        super(title);
        add(content);
        setWidth("min(640px, 96vw)");
        primary = new Button(actionLabel, e -> {
            try {
                action.run();
            } catch (InvalidInput fieldMarked) {
                return;
            } catch (RuntimeException refused) {
                Notifications.showRefusal(refused);
                return;
            }
            close();
            afterSuccess.run();
        });
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), primary);
    }

    /** The primary button, e.g. to give it an id for tests. */
    public Button primaryButton() {
        return primary;
    }
}
