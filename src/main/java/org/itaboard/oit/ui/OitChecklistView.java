package org.itaboard.oit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.division.domain.Division;
import org.itaboard.division.service.DivisionService;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.EvidenceUrl;
import org.itaboard.oit.domain.Missing;
import org.itaboard.oit.service.ChecklistFileService;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.PublicPagePicker;
import org.itaboard.oit.domain.ChecklistFileInfo;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.meetings.domain.Meeting;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.itaboard.oit.service.CopyResult;
import org.itaboard.oit.service.OitChecklist;
import org.itaboard.oit.service.OitChecklistService;
import org.itaboard.oit.service.UrlCheckSummary;

/**
 * The year's OIT checklist by sub-indicator: how far the year has come (items per status, share published), what each
 * item still lacks, its URLs with their last check, and its score when known. The coordinator checks every URL,
 * exports the NACC's item/URL list and starts a new year from this one; each item opens in its editor.
 */
@Route("oit")
@Menu(order = 42, icon = "vaadin:globe", title = "nav.oit")
@PermitAll
public class OitChecklistView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final OitChecklistService service;
    private final ChecklistFileService files;
    private final PublicPagePicker publicPages;
    private final DivisionService divisions;
    private final YearInViewResolver inView;
    private final Clock clock;
    private final YearSelector yearSelect = new YearSelector(OitChecklistView.class);
    private final Button checkUrls = new Button(getTranslation("oit.checkUrls"), VaadinIcon.LINK.create());
    private final Button copy = new Button(getTranslation("oit.copy"), VaadinIcon.COPY.create());
    private final Anchor export = new Anchor();
    private final Div progress = new Div();
    private final VerticalLayout groups = new VerticalLayout();
    private YearInView resolved;
    private FiscalYear year;
    private OitChecklist checklist;
    private Map<Long, List<ChecklistFileInfo>> filesByItem = Map.of();
    private final List<Grid.Column<ChecklistRow>> narrowHidden = new ArrayList<>();
    private boolean narrow;
    private com.vaadin.flow.shared.Registration resizeListener;

    OitChecklistView(OitChecklistService service, ChecklistFileService files, PublicPagePicker publicPages,
            DivisionService divisions, YearInViewResolver inView, Clock clock) {
        this.service = service;
        this.files = files;
        this.publicPages = publicPages;
        this.divisions = divisions;
        this.inView = inView;
        this.clock = clock;
        checkUrls.setId("oit-check-urls");
        checkUrls.addClickListener(e -> checkUrls());
        checkUrls.setDisableOnClick(true);
        copy.setId("oit-copy");
        copy.addClickListener(e -> openCopy());
        Button exportButton = new Button(getTranslation("oit.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("oit-export");
        export.getElement().setAttribute("download", true);
        groups.setPadding(false);
        progress.setWidthFull();
        progress.setId("oit-progress");
        ViewHeader header = new ViewHeader(getTranslation("oit.title"), getTranslation("oit.description"), yearSelect, export,
                checkUrls, copy);
        // On a phone the title and the actions wrap under each other instead of squeezing the title into a column.
        header.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-s)");
        header.getChildren().forEach(part -> part.getElement().getStyle().set("flex-wrap", "wrap").set("flex", "1 1 18rem"));
        add(header, progress, groups);
        addAttachListener(e -> followWidth(e.getUI()));
        addDetachListener(e -> {
            if (resizeListener != null) {
                resizeListener.remove();
                resizeListener = null;
            }
        });
    }

    /** The office's year in work unless the URL names one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.WORK).ifPresent(found -> {
            resolved = found;
            yearSelect.show(found, inView.isOwnOffice(found));
            boolean coordinator = service.mayCoordinate(found.office());
            checkUrls.setVisible(coordinator);
            copy.setVisible(coordinator);
            found.year().ifPresentOrElse(shown -> {
                year = shown;
                refresh();
            }, () -> {
                export.setVisible(false);
                checkUrls.setVisible(false);
                copy.setVisible(false);
                groups.add(new Span(getTranslation("oit.noYear")));
            });
        });
    }

    private void refresh() {
        checklist = service.checklist(year);
        filesByItem = files.filesOfYear(year);
        showProgress();
        groups.removeAll();
        narrowHidden.clear();
        if (checklist.rows().isEmpty()) {
            groups.add(new Span(getTranslation("oit.empty")));
        }
        List<Division> officeDivisions = new ArrayList<>();
        for (Map.Entry<String, List<ChecklistRow>> group : checklist.bySubIndicator().entrySet()) {
            groups.add(group(group.getKey(), group.getValue(), officeDivisions));
        }
        export.setHref(SheetExport.handler("oit-" + year.getBeYear() + ".xlsx", () -> OitExport.table(checklist,
                getTranslation("oit.export.sheet"), getTranslation("oit.column.code"), getTranslation("oit.column.item"),
                n -> getTranslation("oit.export.url", n))));
    }

    /** Phone width: the grids keep code, item, status, URLs and the editor; division, what is missing and the score live in the editor. */
    private void followWidth(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> narrow(details.getWindowInnerWidth() < 700));
        if (resizeListener == null) {
            resizeListener = ui.getPage().addBrowserWindowResizeListener(e -> narrow(e.getWidth() < 700));
        }
    }

    private void narrow(boolean narrow) {
        this.narrow = narrow;
        narrowHidden.forEach(c -> c.setVisible(!narrow));
    }

    private void showProgress() {
        var p = checklist.progress();
        progress.removeAll();
        ProgressBar bar = new ProgressBar(0, 100, p.percentPublished());
        bar.addThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_SUCCESS);
        Span published = new Span(getTranslation("oit.progress.published", p.published(), p.total(), p.percentPublished()));
        published.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        published.setId("oit-published");
        HorizontalLayout counts = new HorizontalLayout();
        counts.setSpacing(false);
        counts.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        for (DisclosureStatus status : DisclosureStatus.values()) {
            Span badge = OitTexts.statusBadge(this, status);
            badge.setText(badge.getText() + " " + p.count(status));
            badge.setId("oit-count-" + status.name().toLowerCase());
            counts.add(badge);
        }
        Span missing = new Span(getTranslation("oit.progress.missing", countMissing(Missing.NO_DIVISION),
                countMissing(Missing.NO_URL), countMissing(Missing.PARTS_NOT_DONE)));
        missing.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        missing.setId("oit-missing-summary");
        HorizontalLayout line = new HorizontalLayout(published, counts);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.getStyle().set("flex-wrap", "wrap");
        progress.add(line, bar, missing);
        progress.addClassName("ita-card");
        progress.getStyle().set("box-sizing", "border-box");
    }

    private long countMissing(Missing kind) {
        return checklist.rows().stream().filter(r -> r.entry().missing().contains(kind)).count();
    }

    private Component group(String code, List<ChecklistRow> rows, List<Division> officeDivisions) {
        SubIndicator sub = rows.get(0).item().getSubIndicator();
        H3 title = new H3(sub == null ? code : code + " " + sub.getName(getLocale()));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        Grid<ChecklistRow> grid = new Grid<>();
        grid.setId("oit-group-" + code.replace('.', '-'));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.item().getCode()).setHeader(getTranslation("oit.column.code")).setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.item().getTopic(getLocale())).setHeader(getTranslation("oit.column.item")).setWidth("10rem").setFlexGrow(3);
        narrowHidden.add(grid.addColumn(r -> r.entry().getDivision() == null ? "" : r.entry().getDivision().getName(getLocale()))
                .setHeader(getTranslation("oit.column.division")).setFlexGrow(1));
        grid.addComponentColumn(r -> OitTexts.statusBadge(this, r.entry().getStatus()))
                .setHeader(getTranslation("oit.column.status")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::urlCell).setHeader(getTranslation("oit.column.urls")).setWidth("14rem").setFlexGrow(4);
        narrowHidden.add(grid.addComponentColumn(this::missingCell).setHeader(getTranslation("oit.column.missing")).setFlexGrow(2));
        narrowHidden.add(grid.addColumn(r -> r.score() == null ? "" : r.score().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("oit.column.score")).setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END));
        narrowHidden.forEach(c -> c.setVisible(!narrow));
        grid.addComponentColumn(r -> editButton(r, officeDivisions)).setKey("edit").setWidth("6.5rem").setFlexGrow(0);
        grid.setItems(rows);
        VerticalLayout block = new VerticalLayout(title, grid);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    private Component urlCell(ChecklistRow row) {
        VerticalLayout cell = new VerticalLayout();
        cell.setPadding(false);
        cell.setSpacing(false);
        for (EvidenceUrl url : row.entry().getUrls()) {
            Anchor link = new Anchor(url.getUrl(), url.getUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassNames(LumoUtility.FontSize.SMALL);
            link.getStyle().set("word-break", "break-all");
            HorizontalLayout line = new HorizontalLayout(link, OitTexts.checkBadge(this, url, clock.getZone()));
            line.setSpacing(false);
            line.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            cell.add(line);
        }
        List<ChecklistFileInfo> attached = filesByItem.getOrDefault(row.item().getId(), List.of());
        if (!attached.isEmpty()) {
            var clip = VaadinIcon.PAPERCLIP.create();
            clip.setSize("var(--lumo-icon-size-s)");
            Span count = new Span(clip, new Span(getTranslation("oit.files.count", attached.size())));
            count.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            count.addClassName("oit-file-count");
            count.setTitle(String.join("\n", attached.stream().map(ChecklistFileInfo::originalName).toList()));
            cell.add(count);
        }
        return cell;
    }

    private Component missingCell(ChecklistRow row) {
        ChecklistItem entry = row.entry();
        VerticalLayout cell = new VerticalLayout();
        cell.setPadding(false);
        cell.setSpacing(false);
        for (Missing missing : entry.missing()) {
            Span text = new Span(missing == Missing.PARTS_NOT_DONE
                    ? getTranslation("oit.missing.PARTS_NOT_DONE", String.join(", ", entry.partsNotDone()))
                    : getTranslation("oit.missing." + missing.name()));
            text.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
            cell.add(text);
        }
        if (entry.getAssessorFeedback() != null) {
            Span feedback = new Span(entry.getAssessorFeedback());
            feedback.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            feedback.getStyle().set("font-style", "italic");
            cell.add(feedback);
        }
        return cell;
    }

    private Button editButton(ChecklistRow row, List<Division> officeDivisions) {
        boolean fills = row.actions().fill();
        Button button = new Button(getTranslation(fills ? "oit.edit" : "oit.view"),
                (fills ? VaadinIcon.EDIT : VaadinIcon.EYE).create(), e -> openEditor(row, officeDivisions));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId("oit-edit-" + row.item().getCode());
        return button;
    }

    private void openEditor(ChecklistRow row, List<Division> officeDivisions) {
        if (officeDivisions.isEmpty() && row.actions().coordinate()) {
            officeDivisions.addAll(divisions.findActive(resolved.office()));
        }
        List<Division> choices = officeDivisions.isEmpty() && row.entry().getDivision() != null
                ? List.of(row.entry().getDivision()) : officeDivisions;
        List<PublicPagePicker.PublicPage> pages = row.actions().coordinate() && PublicPagePicker.aboutPersonnel(row.item())
                ? publicPages.pagesFor(row.item(), requestBase()) : List.of();
        ChecklistItemDialog dialog = new ChecklistItemDialog(row, choices, filesOf(row), pages);
        dialog.addSaveListener(edit -> {
            service.save(row.item(), edit);
            Notifications.success(getTranslation("oit.saved", row.item().getCode()));
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    /** The section's service calls for the item of {@code row}. */
    private ChecklistFilesSection.Files filesOf(ChecklistRow row) {
        return new ChecklistFilesSection.Files() {
            @Override
            public List<ChecklistFileInfo> list() {
                return files.files(row.item());
            }

            @Override
            public void attach(String fileName, byte[] content) {
                files.attach(row.item(), fileName, content);
            }

            @Override
            public void remove(ChecklistFileInfo file) {
                files.remove(file.id());
            }

            @Override
            public EvidenceDownload download(ChecklistFileInfo file) {
                return files.download(file.id());
            }

            @Override
            public List<Meeting> closedMeetings() {
                return files.closedMeetings(row.item());
            }

            @Override
            public void attachMinutes(Meeting meeting) {
                files.attachMinutes(row.item(), meeting.getId());
            }

            @Override
            public long maxMegabytes() {
                return files.maxMegabytes();
            }
        };
    }

    /** The base URL the coordinator reached the application at ({@code https://host[:port][/context]}). */
    private static String requestBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        return ServletUriComponentsBuilder.fromContextPath(http).replaceQuery(null).toUriString();
    }

    private void checkUrls() {
        try {
            UrlCheckSummary summary = service.checkUrls(year);
            Notifications.success(getTranslation("oit.checkUrls.done", summary.answered(), summary.broken(), summary.couldNotCheck()));
            refresh();
        } catch (RuntimeException refused) {
            Notifications.showRefusal(refused);
        } finally {
            checkUrls.setEnabled(true);
        }
    }

    private void openCopy() {
        List<FiscalYear> later = resolved.years().stream().filter(y -> y.getBeYear() > year.getBeYear()).toList();
        if (later.isEmpty()) {
            Notifications.error(getTranslation("oit.copy.noLaterYear"));
            return;
        }
        new CopyToYearDialog(year, later, target -> showCopyResult(target, service.copyToYear(year, target))).open();
    }

    private void showCopyResult(FiscalYear target, CopyResult result) {
        Dialog dialog = new Dialog(getTranslation("oit.copy.result.title", String.valueOf(target.getBeYear())));
        dialog.setId("oit-copy-result");
        dialog.setWidth("min(640px, 96vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Span(getTranslation("oit.copy.result.mapped", result.mapped().size(), count(result, CopyResult.MappedBy.CODE),
                count(result, CopyResult.MappedBy.CROSSWALK), count(result, CopyResult.MappedBy.TOPIC))));
        result.mapped().stream().filter(m -> m.by() != CopyResult.MappedBy.CODE).forEach(m -> body.add(new Span(getTranslation(
                "oit.copy.result.moved", m.from().getCode(), m.to().getCode(), getTranslation("oit.copy.by." + m.by().name())))));
        if (result.unmapped().isEmpty()) {
            body.add(new Span(getTranslation("oit.copy.result.allMapped")));
        } else {
            Span heading = new Span(getTranslation("oit.copy.result.unmapped", result.unmapped().size()));
            heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.ERROR);
            body.add(heading);
            result.unmapped().forEach(i -> body.add(new Span(i.getCode() + " " + i.getTopic(getLocale()))));
        }
        dialog.add(body);
        Button go = new Button(String.valueOf(target.getBeYear()), VaadinIcon.ARROW_RIGHT.create(), e -> {
            dialog.close();
            UI.getCurrent().navigate(OitChecklistView.class, YearInViewResolver.query(resolved, target.getBeYear(),
                    inView.isOwnOffice(resolved)));
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("oit-copy-go");
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), go);
        dialog.open();
    }

    private static long count(CopyResult result, CopyResult.MappedBy by) {
        return result.mapped().stream().filter(m -> m.by() == by).count();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oit.title");
    }
}
