package org.itaboard.measures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.LocalDate;
import org.itaboard.measures.domain.Measure;

/** The measure table used by the list and "my division": a click opens the measure page. */
class MeasureGrid extends Grid<Measure> {

    MeasureGrid(LocalDate today) {
        addColumn(Measure::getTitle).setHeader(MeasureTexts.t("measure.field.title")).setFlexGrow(4)
                .setTooltipGenerator(Measure::getTitle);
        addColumn(MeasureTexts::items).setHeader(MeasureTexts.t("measures.item")).setAutoWidth(true).setFlexGrow(0);
        addColumn(m -> MeasureTexts.division(m.getLeadDivision())).setHeader(MeasureTexts.t("measure.field.leadDivision"))
                .setFlexGrow(2).setTooltipGenerator(m -> MeasureTexts.supporting(m));
        addComponentColumn(m -> MeasureTexts.statusCell(m, today)).setHeader(MeasureTexts.t("measures.status"))
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(MeasureTexts::progressCell).setHeader(MeasureTexts.t("measures.progress")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(m -> m.nextUpdateDue().map(MeasureTexts::date).orElse("")).setHeader(MeasureTexts.t("measures.nextUpdateDue"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(m -> MeasureTexts.date(m.getDueDate())).setHeader(MeasureTexts.t("measure.field.dueDate"))
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setClassNameGenerator(m -> m.isLate(today) ? "measure-late" : null);
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeasureView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().getId())))));
    }
}
