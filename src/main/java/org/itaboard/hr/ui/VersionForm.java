package org.itaboard.hr.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.domain.VersionContent;

/**
 * The fields of a draft, bound to {@link VersionContent}. Raises {@link SaveEvent} and {@link SubmitEvent} with
 * what was typed; the page calls the service, and a refusal leaves every field as it was.
 */
class VersionForm extends VerticalLayout {

    /** Save (and, for {@link SubmitEvent}, submit) these fields. */
    static class SaveEvent extends ComponentEvent<VersionForm> {

        private final VersionContent content;

        SaveEvent(VersionForm source, VersionContent content) {
            super(source, false);
            this.content = content;
        }

        VersionContent content() {
            return content;
        }
    }

    static final class SubmitEvent extends SaveEvent {

        SubmitEvent(VersionForm source, VersionContent content) {
            super(source, content);
        }
    }

    private final TextField title = new TextField(getTranslation("hr.field.title"));
    private final TextField announcementNumber = new TextField(getTranslation("hr.field.announcementNumber"));
    private final BuddhistDatePicker announcementDate = new BuddhistDatePicker(getTranslation("hr.field.announcementDate"));
    private final TextField signer = new TextField(getTranslation("hr.field.signer"));
    private final BuddhistDatePicker effectiveDate = new BuddhistDatePicker(getTranslation("hr.field.effectiveDate"));
    private final TextArea body = new TextArea(getTranslation("hr.field.body"));
    private final Checkbox developmentResults = new Checkbox(getTranslation("hr.field.developmentResults"));

    VersionForm(VersionContent content, DocumentKind kind) {
        setPadding(false);
        title.setId("hr-title");
        announcementNumber.setId("hr-announcement-number");
        announcementDate.setId("hr-announcement-date");
        signer.setId("hr-signer");
        effectiveDate.setId("hr-effective-date");
        body.setId("hr-body");
        developmentResults.setId("hr-development-results");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setHelperText(getTranslation("hr.field.body.help"));
        FormLayout fields = new FormLayout(title, announcementNumber, announcementDate, signer, effectiveDate);
        fields.setColspan(title, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(fields, body);
        if (kind == DocumentKind.ANNUAL_REPORT) {
            add(developmentResults);
        }
        Span hint = new Span(getTranslation("hr.form.hint"));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this, value())));
        save.setId("hr-save");
        Button submit = new Button(getTranslation("hr.submit"), e -> fireEvent(new SubmitEvent(this, value())));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("hr-submit");
        add(hint, new HorizontalLayout(save, submit));
        title.setValue(nonNull(content.title()));
        announcementNumber.setValue(nonNull(content.announcementNumber()));
        announcementDate.setValue(content.announcementDate());
        signer.setValue(nonNull(content.signer()));
        effectiveDate.setValue(content.effectiveDate());
        body.setValue(nonNull(content.body()));
        developmentResults.setValue(content.developmentResults());
    }

    VersionContent value() {
        return new VersionContent(title.getValue(), announcementNumber.getValue(), announcementDate.getValue(),
                signer.getValue(), effectiveDate.getValue(), body.getValue(), developmentResults.getValue());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
