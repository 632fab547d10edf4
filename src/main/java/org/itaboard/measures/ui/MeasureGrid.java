package org.itaboard.measures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.LocalDate;
import org.itaboard.base.ui.GridExport;
import org.itaboard.measures.domain.Measure;

/** The measure table used by the list and "my division": a click opens the measure page. */
class MeasureGrid extends Grid<Measure> {

    private final GridExport<Measure> export;

    MeasureGrid(LocalDate today, String sheetName) {
        export = GridExport.of(this, sheetName);
        export.value(addColumn(Measure::getTitle).setHeader(MeasureTexts.t("measure.field.title")).setFlexGrow(4)
                .setTooltipGenerator(Measure::getTitle), Measure::getTitle);
        export.value(addColumn(MeasureTexts::items).setHeader(MeasureTexts.t("measures.item")).setAutoWidth(true)
                .setFlexGrow(0), MeasureTexts::items);
        export.value(addColumn(m -> MeasureTexts.division(m.getLeadDivision()))
                .setHeader(MeasureTexts.t("measure.field.leadDivision")).setFlexGrow(2)
                .setTooltipGenerator(m -> MeasureTexts.supporting(m)), m -> MeasureTexts.division(m.getLeadDivision()));
        export.value(addComponentColumn(m -> MeasureTexts.statusCell(m, today)).setHeader(MeasureTexts.t("measures.status"))
                .setAutoWidth(true).setFlexGrow(0), m -> MeasureTexts.status(m.getStatus())
                        + (m.isLate(today) ? " (" + MeasureTexts.t("measures.late") + ")" : ""));
        export.value(addComponentColumn(MeasureTexts::progressCell).setHeader(MeasureTexts.t("measures.progress"))
                .setAutoWidth(true).setFlexGrow(0), Measure::getProgress);
        export.value(addColumn(m -> m.nextUpdateDue().map(MeasureTexts::date).orElse(""))
                .setHeader(MeasureTexts.t("measures.nextUpdateDue")).setAutoWidth(true).setFlexGrow(0),
                m -> m.nextUpdateDue().orElse(null));
        export.value(addColumn(m -> MeasureTexts.date(m.getDueDate())).setHeader(MeasureTexts.t("measure.field.dueDate"))
                .setAutoWidth(true).setFlexGrow(0), Measure::getDueDate);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setClassNameGenerator(m -> m.isLate(today) ? "measure-late" : null);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().getId())))));
    }

    /** The Excel export of the rows and columns shown. */
    GridExport<Measure> export() {
        return export;
    }
}
