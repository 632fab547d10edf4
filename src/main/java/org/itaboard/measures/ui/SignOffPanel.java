package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.Decision;
import org.itaboard.measures.domain.SignOff;

/**
 * The executives' decisions, newest first, each with who decided (name and position) and when; for an executive
 * the two decisions, each confirmed in a {@link SignOffDialog}.
 */
class SignOffPanel extends VerticalLayout {

    SignOffPanel(Measure measure, List<SignOff> signOffs, UnaryOperator<String> person, boolean maySignOff,
            LocalDate today, ZoneId zone, ComponentEventListener<SignOffDialog.ConfirmEvent> onDecision) {
        setPadding(false);
        if (signOffs.isEmpty()) {
            add(new Span(getTranslation("measure.signOffs.empty")));
        }
        for (SignOff signOff : signOffs) {
            Span decision = new Span(getTranslation("signoff." + signOff.getDecision().name()));
            decision.getElement().getThemeList()
                    .add(signOff.getDecision() == Decision.APPROVED ? "badge success" : "badge error");
            HorizontalLayout row = new HorizontalLayout(decision,
                    new Span(person.apply(signOff.getDecidedBy()) + " · "
                            + MeasureTexts.dateTime(signOff.getDecidedAt(), zone)));
            row.addClassName("sign-off");
            if (signOff.getNote() != null) {
                row.add(new Span("“" + signOff.getNote() + "”"));
            }
            add(row);
        }
        if (maySignOff) {
            Button approve = new Button(getTranslation("signoff.approve"), VaadinIcon.CHECK.create(),
                    e -> confirm(measure, Decision.APPROVED, today, onDecision));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setId("sign-off-approve");
            Button back = new Button(getTranslation("signoff.return"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> confirm(measure, Decision.RETURNED, today, onDecision));
            back.setId("sign-off-return");
            add(new HorizontalLayout(approve, back));
        }
    }

    private static void confirm(Measure measure, Decision decision, LocalDate today,
            ComponentEventListener<SignOffDialog.ConfirmEvent> onDecision) {
        SignOffDialog dialog = new SignOffDialog(measure, decision, today);
        dialog.addConfirmListener(onDecision);
        dialog.open();
    }
}
