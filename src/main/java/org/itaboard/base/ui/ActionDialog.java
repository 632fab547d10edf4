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
    private final Runnable action;
    private final Runnable afterSuccess;

    public ActionDialog(String title, String actionLabel, Runnable action, Runnable afterSuccess, Component... content) {
        super(title);
        this.action = action;
        this.afterSuccess = afterSuccess;
        add(content);
        setWidth("min(640px, 96vw)");
        primary = new Button(actionLabel, e -> attempt());
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), primary);
    }

    /**
     * For a dialog that raises its own event from {@link #act()}: the page's listener calls the service,
     * and a refusal thrown there keeps the dialog open just the same.
     */
    protected ActionDialog(String title, String actionLabel) {
        this(title, actionLabel, () -> { }, () -> { });
    }

    /** What the primary button does: the action given, unless a subclass raises an event instead. */
    protected void act() {
        action.run();
    }

    private void attempt() {
        try {
            act();
        } catch (InvalidInput fieldMarked) {
            return;
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
            return;
        }
        close();
        afterSuccess.run();
    }

    /** The primary button, e.g. to give it an id for tests. */
    public Button primaryButton() {
        return primary;
    }
}
