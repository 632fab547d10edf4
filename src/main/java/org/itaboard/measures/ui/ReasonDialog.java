package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.itaboard.base.ui.ActionDialog;

/** A step the coordinator must give a reason for (cancel, reopen). Raises {@link ConfirmEvent}. */
class ReasonDialog extends ActionDialog {

    /** The step confirmed with its reason; a refusal (e.g. no reason) keeps the dialog open. */
    static final class ConfirmEvent extends ComponentEvent<ReasonDialog> {

        private final String reason;

        ConfirmEvent(ReasonDialog source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private final TextArea reason = new TextArea(getTranslation("measure.reasonPrompt"));

    /** {@code stepKey} names the step, as the dialog's title and its button. */
    ReasonDialog(String stepKey) {
        super(MeasureTexts.t(stepKey), MeasureTexts.t(stepKey));
        reason.setWidthFull();
        add(reason);
        setWidth("min(520px, 96vw)");
        setId("reason-dialog");
        primaryButton().setId("reason-confirm");
    }

    @Override
    protected void act() {
        fireEvent(new ConfirmEvent(this, reason.getValue()));
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
