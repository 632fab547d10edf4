package org.itaboard.scoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.UploadTexts;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.itaboard.scoring.service.imports.ImportError;
import org.itaboard.scoring.service.imports.ImportKind;
import org.itaboard.scoring.service.imports.ImportMessage;
import org.itaboard.scoring.service.imports.ImportPreview;
import org.itaboard.scoring.service.imports.ImportRefusedException;
import org.itaboard.scoring.service.imports.ImportResult;
import org.itaboard.scoring.service.imports.ImportRow;
import org.itaboard.scoring.service.ScoreReplacement;
import org.itaboard.scoring.service.imports.ImportService;
import org.itaboard.offices.domain.Role;

/**
 * The import wizard: choose the year and what the file holds, upload it, read the preview (each value as
 * written beside the value that will be saved, every error by row and column), then import the file whole.
 */
@Route("import")
@Menu(order = 35, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_FILE_MB = 5;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final ComboBox<FiscalYear> year = new ComboBox<>();
    private final YearInViewResolver inView;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Upload upload = new Upload();
    private final Span verdict = new Span();
    private final H3 previewTitle = new H3();
    private final Grid<ImportRow> grid = new Grid<>();
    private final UnorderedList errorList = new UnorderedList();
    private final Button importButton = new Button();
    private final Div previewArea = new Div();
    private final Div replacementArea = new Div();
    private final Checkbox confirmReplacement = new Checkbox();
    private final Div doneArea = new Div();
    private String fileName;
    private byte[] content;
    private ImportPreview preview;

    ImportView(ImportService imports, YearInViewResolver inView) {
        this.imports = imports;
        this.inView = inView;
        setWidthFull();

        year.setId("import-year");
        year.setLabel(getTranslation("import.year"));
        year.setItemLabelGenerator(y -> String.valueOf(y.getBeYear()));
        year.addValueChangeListener(e -> recheck());

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.CATALOGUE);
        kind.setHelperText(getTranslation("import.kind.CATALOGUE.help"));
        kind.addValueChangeListener(e -> {
            kind.setHelperText(getTranslation("import.kind." + e.getValue().name() + ".help"));
            recheck();
        });

        upload.setId("import-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_MB * 1024 * 1024);
        upload.setI18n(UploadTexts.of(getTranslation("import.upload.drop", MAX_FILE_MB)));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("import.upload.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> clearFile());
        upload.getStyle().set("flex-shrink", "0");

        HorizontalLayout choices = new HorizontalLayout(year, kind);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);

        importButton.setId("import-button");
        importButton.setText(getTranslation("import.button"));
        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importFile());

        verdict.setId("import-verdict");
        errorList.setId("import-errors");
        errorList.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.Vertical.SMALL);
        grid.setId("import-preview");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        HorizontalLayout verdictBar = new HorizontalLayout(verdict, importButton);
        verdictBar.setAlignItems(FlexComponent.Alignment.CENTER);
        verdictBar.setWidthFull();
        verdictBar.setFlexGrow(1, verdict);
        previewTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Vertical.SMALL);
        replacementArea.setId("import-replacement");
        replacementArea.addClassNames("ita-card", LumoUtility.Padding.MEDIUM, LumoUtility.Margin.Vertical.SMALL);
        confirmReplacement.setId("import-confirm-replacement");
        confirmReplacement.addValueChangeListener(e -> importButton.setEnabled(mayImport()));
        previewArea.add(previewTitle, verdictBar, replacementArea, errorList, grid);
        previewArea.setWidthFull();
        previewArea.setVisible(false);
        doneArea.setId("import-done");
        doneArea.setVisible(false);
        doneArea.addClassNames("ita-card", LumoUtility.Padding.MEDIUM);

        add(new ViewHeader(getTranslation("import.title"), getTranslation("import.description"),
                        download("import.template.xlsx", "ita-board-template.xlsx", XLSX, imports::template),
                        download("import.template.csvCatalogue", "catalogue-example.csv", "text/csv",
                                () -> imports.csvExample(ImportKind.CATALOGUE)),
                        download("import.template.csvScores", "scores-example.csv", "text/csv",
                                () -> imports.csvExample(ImportKind.SCORES))),
                choices, upload, doneArea, previewArea);
    }

    /** The target year starts as the page's year of the user's office (the current one unless the URL names one). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.WORK).ifPresent(resolved -> {
            List<FiscalYear> newestFirst = new java.util.ArrayList<>(resolved.years());
            java.util.Collections.reverse(newestFirst);
            year.setItems(newestFirst);
            resolved.year().ifPresent(year::setValue);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import");
    }

    /** Called with the uploaded file (in the UI's lock): checks it and shows the preview. */
    void received(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        doneArea.setVisible(false);
        recheck();
    }

    /** Checks the file again for the year and kind now chosen; they may differ from those at upload. */
    private void recheck() {
        if (content == null) {
            return;
        }
        if (year.getValue() == null) {
            Notifications.error(getTranslation("import.upload.chooseYear"));
            return;
        }
        try {
            show(imports.preview(year.getValue(), kind.getValue(), fileName, content));
        } catch (BusinessRuleException e) {
            Notifications.showRefusal(e);
        }
    }

    private void show(ImportPreview result) {
        preview = result;
        previewArea.setVisible(true);
        List<ImportError> errors = result.errors();
        previewTitle.setText(getTranslation("import.preview.title", result.fileName(), result.rows().size()));
        verdict.setText(result.valid() ? getTranslation("import.valid", result.rows().size())
                : result.uncheckedRows() > 0 ? getTranslation("import.invalidStopped", errors.size(), result.uncheckedRows())
                : getTranslation("import.invalid", errors.size()));
        verdict.getElement().getThemeList().clear();
        verdict.getElement().getThemeList().add(result.valid() ? "badge success" : "badge error");
        showReplacement(result);
        importButton.setEnabled(mayImport());
        errorList.removeAll();
        errors.forEach(e -> errorList.add(new ListItem(describe(e))));
        errorList.setVisible(!errors.isEmpty());
        buildColumns(result.kind());
        grid.setItems(result.rows());
        grid.setVisible(!result.rows().isEmpty());
    }

    /**
     * A file that would change a year's stored scores (the office's official results) says what changes, what
     * disappears and which printed totals are dropped, and imports only after the person ticks the confirmation.
     */
    private void showReplacement(ImportPreview result) {
        ScoreReplacement replacement = result.replacement();
        replacementArea.removeAll();
        confirmReplacement.clear();
        replacementArea.setVisible(replacement.replacesScores());
        if (!replacement.replacesScores()) {
            return;
        }
        H4 warning = new H4(getTranslation("import.replace.title", result.beYear()));
        warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Margin.Top.NONE);
        replacementArea.add(warning);
        changes("import.replace.changed", replacement.changed());
        changes("import.replace.disappearing", replacement.disappearing());
        changes("import.replace.totalsDropped", replacement.totalsDropped());
        confirmReplacement.setLabel(getTranslation("import.replace.confirm", result.beYear()));
        replacementArea.add(confirmReplacement);
    }

    private void changes(String key, List<ScoreReplacement.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Span heading = new Span(getTranslation(key, changes.size()));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Display.BLOCK);
        UnorderedList list = new UnorderedList();
        list.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontSize.SMALL);
        list.getStyle().set("max-height", "10rem").set("overflow", "auto").set("columns", "16rem");
        changes.forEach(c -> list.add(new ListItem(c.code() + ": " + ScoreFormat.text(c.before()) + " → "
                + (c.after() == null ? getTranslation("import.replace.none") : ScoreFormat.text(c.after())))));
        replacementArea.add(heading, list);
    }

    private boolean mayImport() {
        return preview != null && preview.valid()
                && (!preview.replacement().replacesScores() || confirmReplacement.getValue());
    }

    private void buildColumns(ImportKind shownKind) {
        grid.removeAllColumns();
        grid.addColumn(ImportRow::row).setHeader(getTranslation("import.column.row")).setWidth("4rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(ImportRow::rawCode).setHeader(getTranslation("import.column.rawCode")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::codeCell).setHeader(getTranslation("import.column.code")).setWidth("10rem").setFlexGrow(0);
        for (String column : shownKind.columns().subList(1, shownKind.columns().size())) {
            boolean topic = column.startsWith("topic");
            grid.addComponentColumn(row -> valueCell(row, column)).setHeader(getTranslation("import.column." + column))
                    .setFlexGrow(topic ? 2 : 0).setWidth(topic ? "8rem" : "6rem");
        }
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("import.column.status")).setFlexGrow(2)
                .setWidth("11rem");
    }

    /** The saved code, highlighted with what was changed when it differs from the file. */
    private Component codeCell(ImportRow row) {
        Div cell = new Div();
        if (row.code() == null) {
            return cell;
        }
        Span code = new Span(row.code());
        code.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        cell.add(code);
        if (row.codeChanged()) {
            code.getElement().getThemeList().add("badge");
            Span note = new Span(row.codeNotes().stream().map(this::text).collect(Collectors.joining("; ")));
            note.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            cell.add(note);
        }
        return cell;
    }

    private Component valueCell(ImportRow row, String column) {
        ImportRow.Cell value = row.cells().stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow();
        Div cell = new Div();
        String shown = value.value() != null ? value.value() : value.raw();
        if ("score".equals(column) && shown.isEmpty() && row.valid()) {
            shown = getTranslation("import.status.notScored");
        }
        cell.add(new Span(shown));
        if (value.changed()) {
            Span raw = new Span(value.raw());
            raw.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            cell.add(raw);
        }
        return cell;
    }

    private Component statusCell(ImportRow row) {
        Div cell = new Div();
        Span badge = new Span(row.valid() ? getTranslation("import.status.ok")
                : getTranslation("import.status.error", row.errors().size()));
        badge.getElement().getThemeList().add(row.valid() ? "badge success" : "badge error");
        cell.add(badge);
        for (ImportError error : row.errors()) {
            Span message = new Span(error.column() + ": " + text(error.message()));
            message.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.ERROR);
            cell.add(message);
        }
        return cell;
    }

    private void importFile() {
        try {
            ImportResult result = imports.importFile(year.getValue(), kind.getValue(), fileName, content,
                    confirmReplacement.getValue());
            showDone(result);
        } catch (ImportRefusedException e) {
            show(e.preview());
            Notifications.showRefusal(e);
        } catch (BusinessRuleException e) {
            Notifications.showRefusal(e);
        }
    }

    private void showDone(ImportResult result) {
        doneArea.removeAll();
        String summary = result.kind() == ImportKind.CATALOGUE
                ? getTranslation("import.done.CATALOGUE", result.items(), result.beYear())
                : getTranslation("import.done.SCORES", result.items(), result.published(), result.beYear());
        Paragraph text = new Paragraph(summary);
        text.setId("import-summary");
        Anchor catalogue = new Anchor("catalogue?year=" + result.beYear(), getTranslation("import.openCatalogue", result.beYear()));
        catalogue.setId("import-catalogue-link");
        Button another = new Button(getTranslation("import.another"), VaadinIcon.UPLOAD.create(), e -> clearFile());
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout links = new HorizontalLayout(catalogue, another);
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        doneArea.add(text, links);
        doneArea.setVisible(true);
        Notifications.success(summary);
        previewArea.setVisible(false);
        upload.clearFileList();
        content = null;
        preview = null;
    }

    private void clearFile() {
        content = null;
        fileName = null;
        preview = null;
        previewArea.setVisible(false);
        importButton.setEnabled(false);
        upload.clearFileList();
    }

    private String describe(ImportError error) {
        String message = text(error.message());
        if (error.row() == ImportError.WHOLE_FILE) {
            return getTranslation("import.errors.file", message);
        }
        return error.column() == null ? getTranslation("import.errors.row", error.row(), message)
                : getTranslation("import.errors.rowColumn", error.row(), error.column(), message);
    }

    private String text(ImportMessage message) {
        return getTranslation(message.key(), message.argArray());
    }

    private Anchor download(String textKey, String file, String contentType, Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] data = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(data), file, contentType, data.length);
        }), AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + getTranslation(textKey)));
        anchor.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NOWRAP);
        return anchor;
    }
}
