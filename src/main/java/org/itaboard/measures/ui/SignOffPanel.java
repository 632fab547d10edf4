package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.SignOff;

/** The executives' decisions, newest first, and for an executive the note and the two decisions. */
class SignOffPanel extends VerticalLayout {

    /** An executive approves or returns the measure; a refusal leaves the typed note in place. */
    static final class DecisionEvent extends ComponentEvent<SignOffPanel> {

        private final Decision decision;
        private final String note;

        DecisionEvent(SignOffPanel source, Decision decision, String note) {
            super(source, false);
            this.decision = decision;
            this.note = note;
        }

        Decision decision() {
            return decision;
        }

        String note() {
            return note;
        }
    }

    SignOffPanel(List<SignOff> signOffs, boolean maySignOff, ZoneId zone) {
        setPadding(false);
        if (signOffs.isEmpty()) {
            add(new Span(getTranslation("measure.signOffs.empty")));
        }
        for (SignOff signOff : signOffs) {
            Span decision = new Span(getTranslation("signoff." + signOff.getDecision().name()));
            decision.getElement().getThemeList()
                    .add(signOff.getDecision() == Decision.APPROVED ? "badge success" : "badge error");
            HorizontalLayout row = new HorizontalLayout(decision,
                    new Span(signOff.getDecidedBy() + " · " + MeasureTexts.dateTime(signOff.getDecidedAt(), zone)));
            if (signOff.getNote() != null) {
                row.add(new Span("“" + signOff.getNote() + "”"));
            }
            add(row);
        }
        if (maySignOff) {
            TextArea note = new TextArea(getTranslation("signoff.note"));
            note.setWidthFull();
            Button approve = new Button(getTranslation("signoff.approve"), VaadinIcon.CHECK.create(),
                    e -> fireEvent(new DecisionEvent(this, Decision.APPROVED, note.getValue())));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setId("sign-off-approve");
            Button back = new Button(getTranslation("signoff.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> fireEvent(new DecisionEvent(this, Decision.RETURNED, note.getValue())));
            back.setId("sign-off-return");
            add(note, new HorizontalLayout(approve, back));
        }
    }

    Registration addDecisionListener(ComponentEventListener<DecisionEvent> listener) {
        return addListener(DecisionEvent.class, listener);
    }
}
