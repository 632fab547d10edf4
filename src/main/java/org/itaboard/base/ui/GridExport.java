package org.itaboard.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Exports a grid to Excel as the user sees it: the visible columns in their order with their headers, and the rows
 * the grid shows after its filters and sort. A column is exported when the page said what its cells are worth
 * ({@link #value}); columns of buttons or icons without a value stay out.
 *
 * <pre>{@code
 * GridExport<Measure> export = GridExport.of(grid, getTranslation("nav.measures"));
 * export.value(titleColumn, Measure::getTitle).value(progressColumn, Measure::getProgress);
 * header.add(export.button("measures.xlsx"));
 * }</pre>
 */
public final class GridExport<T> {

    private final Grid<T> grid;
    private final String sheetName;
    private final Map<Grid.Column<T>, Function<? super T, ?>> values = new IdentityHashMap<>();
    private Supplier<List<T>> rows;

    private GridExport(Grid<T> grid, String sheetName) {
        this.grid = grid;
        this.sheetName = sheetName;
        this.rows = () -> shownRows(grid);
    }

    public static <T> GridExport<T> of(Grid<T> grid, String sheetName) {
        return new GridExport<>(grid, sheetName);
    }

    /** What the cells of {@code column} are worth in the sheet (text, a number, a date, or null). */
    public GridExport<T> value(Grid.Column<T> column, Function<? super T, ?> value) {
        values.put(column, value);
        return this;
    }

    /** The rows to export when they are not the grid's own in-memory items (a lazy grid, say). */
    public GridExport<T> rows(Supplier<List<T>> rows) {
        this.rows = rows;
        return this;
    }

    /** What would be exported now: the visible columns that have a value, and the rows. */
    public SheetExport.Table<T> table() {
        List<SheetExport.Column<T>> columns = new ArrayList<>();
        for (Grid.Column<T> column : grid.getColumns()) {
            Function<? super T, ?> value = values.get(column);
            if (column.isVisible() && value != null) {
                columns.add(new SheetExport.Column<>(column.getHeaderText() == null ? "" : column.getHeaderText(), value));
            }
        }
        return new SheetExport.Table<>(sheetName, columns, rows.get());
    }

    /** A download button ("Export to Excel") for the page's header. */
    public Anchor button(String fileName) {
        Anchor anchor = new Anchor(SheetExport.handler(fileName, this::table), "");
        anchor.add(new Button(anchor.getTranslation("export.excel"), VaadinIcon.DOWNLOAD.create()));
        anchor.addClassName("grid-export");
        return anchor;
    }

    /** The rows in the order shown, filters applied; every row of a tree grid, parents before children. */
    private static <T> List<T> shownRows(Grid<T> grid) {
        if (grid.getDataProvider() instanceof TreeDataProvider<?> tree) {
            List<T> all = new ArrayList<>();
            @SuppressWarnings("unchecked")
            TreeData<T> data = (TreeData<T>) tree.getTreeData();
            data.getRootItems().forEach(root -> addWithChildren(data, root, all));
            return all;
        }
        return grid.getListDataView().getItems().toList();
    }

    private static <T> void addWithChildren(TreeData<T> data, T item, List<T> into) {
        into.add(item);
        data.getChildren(item).forEach(child -> addWithChildren(data, child, into));
    }
}
