package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.measures.service.EvidenceUpload;
import org.itaboard.measures.service.ProgressInput;

/** A progress report: date, what was done, the new percentage and maybe a photo or file. Raises {@link SaveEvent}. */
class ProgressDialog extends ActionDialog {

    /** The report to save; a refusal thrown by a listener keeps the dialog open with what was typed. */
    static final class SaveEvent extends ComponentEvent<ProgressDialog> {

        private final ProgressInput input;
        private final EvidenceUpload upload;

        SaveEvent(ProgressDialog source, ProgressInput input, EvidenceUpload upload) {
            super(source, false);
            this.input = input;
            this.upload = upload;
        }

        ProgressInput input() {
            return input;
        }

        /** The attached file, or null. */
        EvidenceUpload upload() {
            return upload;
        }
    }

    private final BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("progress.date"));
    private final TextArea text = new TextArea(getTranslation("progress.text"));
    private final TextField progress = new TextField(getTranslation("progress.value"));
    private final FileField file;

    ProgressDialog(int currentProgress, LocalDate today, long maxFileMegabytes) {
        super(MeasureTexts.t("progress.add"), MeasureTexts.t("action.save"));
        file = new FileField(maxFileMegabytes);
        date.setValue(today);
        date.setMax(today);
        text.setWidthFull();
        text.setId("progress-text");
        progress.setValue(String.valueOf(currentProgress));
        progress.setId("progress-value");
        file.setId("progress-file");
        Span attach = new Span(getTranslation("progress.attach"));
        attach.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout body = new VerticalLayout(new HorizontalLayout(date, progress), text, attach, file);
        body.setPadding(false);
        add(body);
        setId("progress-dialog");
        primaryButton().setId("progress-save");
    }

    @Override
    protected void act() {
        Integer value;
        try {
            value = ThaiDigits.parseInteger(progress.getValue());
        } catch (IllegalArgumentException notANumber) {
            value = InvalidInput.mark(progress, getTranslation("measure.form.numberInvalid"));
        }
        fireEvent(new SaveEvent(this, new ProgressInput(date.getValue(), text.getValue(), value),
                file.toUpload(null, date.getValue(), null)));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
