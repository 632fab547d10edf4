package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.BuddhistDatePicker;

/** A web page as evidence: title, address, publication and expiry dates. Raises {@link SaveEvent}. */
class EvidenceLinkDialog extends ActionDialog {

    /** The link to add, as typed (the service checks the address); a refusal keeps the dialog open. */
    static final class SaveEvent extends ComponentEvent<EvidenceLinkDialog> {

        private final String title;
        private final String url;
        private final LocalDate publishedOn;
        private final LocalDate expiresOn;

        SaveEvent(EvidenceLinkDialog source, String title, String url, LocalDate publishedOn, LocalDate expiresOn) {
            super(source, false);
            this.title = title;
            this.url = url;
            this.publishedOn = publishedOn;
            this.expiresOn = expiresOn;
        }

        String title() {
            return title;
        }

        String url() {
            return url;
        }

        LocalDate publishedOn() {
            return publishedOn;
        }

        LocalDate expiresOn() {
            return expiresOn;
        }
    }

    private final TextField title = new TextField(getTranslation("evidence.title"));
    private final TextField url = new TextField(getTranslation("evidence.url"));
    private final BuddhistDatePicker published = new BuddhistDatePicker(getTranslation("evidence.publishedOn"));
    private final BuddhistDatePicker expires = new BuddhistDatePicker(getTranslation("evidence.expiresOn"));

    EvidenceLinkDialog(LocalDate today) {
        super(MeasureTexts.t("evidence.addLink"), MeasureTexts.t("action.save"));
        expires.setPlaceholder(getTranslation("evidence.expiresOn.none"));
        title.setWidthFull();
        url.setWidthFull();
        url.setPlaceholder("https://");
        published.setValue(today);
        add(new VerticalLayout(title, url, new HorizontalLayout(published, expires)));
    }

    @Override
    protected void act() {
        fireEvent(new SaveEvent(this, title.getValue(), url.getValue(), published.getValue(), expires.getValue()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
