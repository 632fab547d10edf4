package org.itaboard.hr.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.itaboard.base.ui.ActionDialog;

/** The executive sends a version back with a comment. Raises {@link ReturnEvent}; a refusal keeps what was typed. */
class ReturnDialog extends ActionDialog {

    static final class ReturnEvent extends ComponentEvent<ReturnDialog> {

        private final String comment;

        ReturnEvent(ReturnDialog source, String comment) {
            super(source, false);
            this.comment = comment;
        }

        String comment() {
            return comment;
        }
    }

    private final TextArea comment = new TextArea(getTranslation("hr.returnComment"));

    ReturnDialog(String versionLabel) {
        super(HrTexts.t("hr.return") + " · " + versionLabel, HrTexts.t("hr.return"));
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        comment.setId("hr-return-comment");
        add(comment);
        setId("hr-return-dialog");
        primaryButton().setId("hr-return-confirm");
    }

    @Override
    protected void act() {
        fireEvent(new ReturnEvent(this, comment.getValue()));
    }

    Registration addReturnListener(ComponentEventListener<ReturnEvent> listener) {
        return addListener(ReturnEvent.class, listener);
    }
}
