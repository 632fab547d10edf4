package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.Measure;

/**
 * An executive's decision, confirmed: it shows what is being decided on (status, progress, KPI), takes a comment
 * (needed to return the measure) and the executive's current password. Raises {@link ConfirmEvent}; a refusal
 * (wrong password, no comment) keeps the dialog open with what was typed.
 */
class SignOffDialog extends ActionDialog {

    static final class ConfirmEvent extends ComponentEvent<SignOffDialog> {

        private final Decision decision;
        private final String note;
        private final String password;

        ConfirmEvent(SignOffDialog source, Decision decision, String note, String password) {
            super(source, false);
            this.decision = decision;
            this.note = note;
            this.password = password;
        }

        Decision decision() {
            return decision;
        }

        String note() {
            return note;
        }

        String password() {
            return password;
        }
    }

    private final Decision decision;
    private final TextArea note = new TextArea(getTranslation("signoff.note"));
    private final PasswordField password = new PasswordField(getTranslation("signoff.password"));

    SignOffDialog(Measure measure, Decision decision, LocalDate today) {
        super(MeasureTexts.t("signoff.confirm." + decision.name()),
                MeasureTexts.t(decision == Decision.APPROVED ? "signoff.approve" : "signoff.return"));
        this.decision = decision;
        Paragraph what = new Paragraph(getTranslation("signoff.confirm.text." + decision.name(), measure.getTitle()));
        FormLayout summary = new FormLayout();
        summary.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        summary.addFormItem(MeasureTexts.statusCell(measure, today), getTranslation("measure.field.status"));
        summary.addFormItem(MeasureTexts.progressCell(measure), getTranslation("measure.field.progress"));
        Span kpi = new Span(MeasureTexts.display(measure.getKpi()));
        kpi.setId("sign-off-kpi");
        summary.addFormItem(kpi, getTranslation("measure.field.kpi"));
        note.setWidthFull();
        note.setHelperText(getTranslation(decision == Decision.APPROVED ? "signoff.noteOptional" : "signoff.noteRequired"));
        password.setWidthFull();
        password.setHelperText(getTranslation("signoff.passwordHelp"));
        password.setId("sign-off-password");
        add(what, summary, note, password);
        setId("sign-off-dialog");
        primaryButton().setId("sign-off-confirm");
    }

    @Override
    protected void act() {
        fireEvent(new ConfirmEvent(this, decision, note.getValue(), password.getValue()));
    }

    Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
