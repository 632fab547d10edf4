package org.itaboard.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.Clock;
import java.time.LocalDate;
import org.itaboard.base.domain.BuddhistDates;

/**
 * A date picker that shows Buddhist Era dates ("1 ม.ค. 2568") and accepts what Thai users type:
 * Thai digits, two-digit BE years, Thai month names. The value stays a plain {@code LocalDate}.
 */
@JsModule("./components/buddhist-date-picker.js")
public class BuddhistDatePicker extends DatePicker {

    public BuddhistDatePicker(String label) {
        super(label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // An example of the format ("เช่น 1 ธ.ค. 2569", so it does not read as a value), unless the field says what
        // empty means (an optional expiry date). Today by the application's clock (the pickers are made with new,
        // so the bean comes from Vaadin's instantiator rather than a constructor).
        if (getPlaceholder() == null || getPlaceholder().isEmpty()) {
            Clock clock = attachEvent.getSession().getService().getInstantiator().getOrCreate(Clock.class);
            setPlaceholder(getTranslation("date.example", BuddhistDates.format(LocalDate.now(clock), getLocale())));
        }
        // Flow's date-picker connector installs its own formatDate/parseDate when it initialises;
        // ours must come after it, so it is queued behind the connector's own set-up.
        attachEvent.getUI().beforeClientResponse(this, context ->
                getElement().executeJs("window.itaBoard.buddhistDatePicker(this, $0)", getLocale().getLanguage()));
    }
}
