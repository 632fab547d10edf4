package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.base.ui.Notifications;
import org.itaboard.measures.service.EvidenceUpload;

/** A file as evidence: title, publication and expiry dates, the file. Raises {@link SaveEvent}. */
class EvidenceFileDialog extends ActionDialog {

    /** The file to store; a refusal thrown by a listener keeps the dialog open with what was typed. */
    static final class SaveEvent extends ComponentEvent<EvidenceFileDialog> {

        private final EvidenceUpload upload;

        SaveEvent(EvidenceFileDialog source, EvidenceUpload upload) {
            super(source, false);
            this.upload = upload;
        }

        EvidenceUpload upload() {
            return upload;
        }
    }

    private final TextField title = new TextField(getTranslation("evidence.title"));
    private final BuddhistDatePicker published = new BuddhistDatePicker(getTranslation("evidence.publishedOn"));
    private final BuddhistDatePicker expires = new BuddhistDatePicker(getTranslation("evidence.expiresOn"));
    private final FileField file;

    EvidenceFileDialog(LocalDate today, long maxMegabytes) {
        super(MeasureTexts.t("evidence.addFile"), MeasureTexts.t("action.save"));
        expires.setPlaceholder(getTranslation("evidence.expiresOn.none"));
        file = new FileField(maxMegabytes);
        title.setWidthFull();
        published.setValue(today);
        Span hint = new Span(getTranslation("evidence.file", maxMegabytes));
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(new VerticalLayout(title, new HorizontalLayout(published, expires), hint, file));
    }

    @Override
    protected void act() {
        if (!file.hasFile()) {
            Notifications.error(getTranslation("evidence.error.empty"));
            throw new InvalidInput("evidence.error.empty");
        }
        fireEvent(new SaveEvent(this, file.toUpload(title.getValue(), published.getValue(), expires.getValue())));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
