package org.itaboard.oit.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.itaboard.base.ui.ActionDialog;
import org.itaboard.fiscalyear.domain.FiscalYear;

/** Asks the coordinator which later year to start from this year's checklist; the page does the copy. */
class CopyToYearDialog extends ActionDialog {

    private final Select<FiscalYear> target = new Select<>();
    private final Consumer<FiscalYear> onCopy;

    CopyToYearDialog(FiscalYear from, List<FiscalYear> laterYears, Consumer<FiscalYear> onCopy) {
        super("", "");
        this.onCopy = onCopy;
        setHeaderTitle(getTranslation("oit.copy.title", String.valueOf(from.getBeYear())));
        primaryButton().setText(getTranslation("oit.copy.action"));
        primaryButton().setId("oit-copy-confirm");
        target.setLabel(getTranslation("oit.copy.target"));
        target.setItems(laterYears);
        target.setItemLabelGenerator(y -> String.valueOf(y.getBeYear()));
        target.setId("oit-copy-target");
        laterYears.stream().findFirst().ifPresent(target::setValue);
        add(new Paragraph(getTranslation("oit.copy.explain")), target);
    }

    @Override
    protected void act() {
        if (target.getValue() != null) {
            onCopy.accept(target.getValue());
        }
    }
}
