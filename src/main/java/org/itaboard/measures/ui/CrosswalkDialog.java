package org.itaboard.measures.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;

/**
 * Links a weak item to the item of a later year that asks the same under another code (O28 of 2565 → O16 of 2567):
 * the coordinator picks the year, then the item. Raises {@link LinkEvent}; a refusal keeps the dialog open.
 */
class CrosswalkDialog extends ActionDialog {

    /** The later year's item chosen. */
    static final class LinkEvent extends ComponentEvent<CrosswalkDialog> {

        private final Item to;

        LinkEvent(CrosswalkDialog source, Item to) {
            super(source, false);
            this.to = to;
        }

        Item to() {
            return to;
        }
    }

    private final Select<FiscalYear> year = new Select<>();
    private final ComboBox<Item> item = new ComboBox<>();

    /**
     * @param code the weak item's code
     * @param beYear its year
     * @param laterYears the office's years after it, oldest first (the newest is chosen to start with)
     * @param itemsOf a year's catalogue
     */
    CrosswalkDialog(String code, int beYear, List<FiscalYear> laterYears, Function<FiscalYear, List<Item>> itemsOf) {
        super(MeasureTexts.t("measures.weak.crosswalk.title", code, String.valueOf(beYear)),
                MeasureTexts.t("measures.weak.crosswalk.save"));
        year.setId("crosswalk-year");
        year.setLabel(MeasureTexts.t("measures.year"));
        year.setItemLabelGenerator(y -> String.valueOf(y.getBeYear()));
        year.setItems(laterYears);
        item.setId("crosswalk-item");
        item.setLabel(MeasureTexts.t("measures.item"));
        item.setItemLabelGenerator(i -> i.getCode() + " · " + i.getTopic(MeasureTexts.locale()));
        item.setWidthFull();
        year.addValueChangeListener(e -> {
            item.clear();
            item.setItems(e.getValue() == null ? List.of() : itemsOf.apply(e.getValue()));
            year.setInvalid(false);
        });
        item.addValueChangeListener(e -> item.setInvalid(false));
        if (!laterYears.isEmpty()) {
            year.setValue(laterYears.get(laterYears.size() - 1));
        }
        primaryButton().setId("crosswalk-save");
        add(new VerticalLayout(year, item));
    }

    @Override
    protected void act() {
        if (year.getValue() == null) {
            InvalidInput.mark(year, MeasureTexts.t("measures.weak.crosswalk.pickYear"));
        }
        if (item.getValue() == null) {
            InvalidInput.mark(item, MeasureTexts.t("measures.weak.crosswalk.pickItem"));
        }
        fireEvent(new LinkEvent(this, item.getValue()));
    }

    Registration addLinkListener(ComponentEventListener<LinkEvent> listener) {
        return addListener(LinkEvent.class, listener);
    }
}
