package org.itaboard.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.fiscalyear.ui.YearInViewResolver;
import org.itaboard.fiscalyear.ui.YearSelector;
import org.itaboard.reports.domain.ReportCheck;
import org.itaboard.reports.domain.ReportFormat;
import org.itaboard.reports.domain.ReportMessage;
import org.itaboard.reports.domain.ReportPeriod;
import org.itaboard.reports.service.ReportService;

/**
 * The office's reports of a year: the 6- and 12-month progress reports and the ITA analysis, each with what it lacks
 * said before the download (or why there is none), and the files it comes as. PDF only where LibreOffice is
 * installed; elsewhere the page says so.
 */
@Route("reports")
@Menu(order = 70, icon = "vaadin:print", title = "nav.reports")
@PermitAll
public class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The writing of one report into a download. */
    @FunctionalInterface
    private interface Writer {
        void write(ReportFormat format, java.io.OutputStream out) throws IOException;
    }

    private final ReportService reports;
    private final YearInViewResolver inView;
    private final YearSelector yearSelect = new YearSelector(ReportsView.class);
    private final FlexLayout cards = new FlexLayout();

    ReportsView(ReportService reports, YearInViewResolver inView) {
        this.reports = reports;
        this.inView = inView;
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName(LumoUtility.Gap.MEDIUM);
        cards.setWidthFull();
        add(new ViewHeader(getTranslation("nav.reports"), getTranslation("reports.description"), yearSelect), cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inView.resolve(event, YearPurpose.WORK).ifPresent(resolved -> {
            yearSelect.show(resolved, inView.isOwnOffice(resolved));
            cards.removeAll();
            resolved.year().ifPresentOrElse(this::show, () -> cards.add(new Span(getTranslation("reports.noYear"))));
        });
    }

    private void show(FiscalYear year) {
        String office = year.getOffice().getCode();
        int be = year.getBeYear();
        for (ReportPeriod period : ReportPeriod.values()) {
            String title = getTranslation(period.isAnnual() ? "reports.fullYear" : "reports.halfYear");
            String when = getTranslation("reports.period", BuddhistDates.format(period.start(be), getLocale()),
                    BuddhistDates.format(period.end(be), getLocale()));
            String file = "report-" + period.months() + "-months-" + be + "-" + office;
            cards.add(card("report-" + period.name().toLowerCase(Locale.ROOT), title, when, reports.check(year, period),
                    file, List.of(ReportFormat.XLSX, ReportFormat.DOCX, ReportFormat.PDF),
                    (format, out) -> reports.writeProgress(year, period, format, out)));
        }
        cards.add(card("report-analysis", getTranslation("reports.analysis"),
                getTranslation("reports.analysis.period", String.valueOf(be), String.valueOf(be - 1)),
                reports.checkAnalysis(year), "ita-analysis-" + be + "-" + office,
                List.of(ReportFormat.DOCX, ReportFormat.PDF), (format, out) -> reports.writeAnalysis(year, format, out)));
        if (!reports.pdfAvailable()) {
            Span noPdf = new Span(getTranslation("reports.pdf.unavailable"));
            noPdf.setId("reports-no-pdf");
            noPdf.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            cards.add(noPdf);
        }
    }

    private Div card(String id, String title, String when, ReportCheck check, String fileName, List<ReportFormat> formats,
            Writer writer) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("ita-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        card.getStyle().set("flex", "1 1 20rem").set("max-width", "32rem").set("box-sizing", "border-box");
        Span heading = new Span(title);
        heading.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        Span period = new Span(when);
        period.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        card.add(heading, period);
        if (check.isRefused()) {
            Span refusal = new Span(text(check.refusal().orElseThrow()));
            refusal.addClassNames("report-refusal", LumoUtility.TextColor.ERROR);
            card.add(refusal);
            return card;
        }
        card.add(status(check));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        for (ReportFormat format : formats) {
            if (format != ReportFormat.PDF || reports.pdfAvailable()) {
                buttons.add(download(id + "-" + format.extension(), fileName + "." + format.extension(), format, writer));
            }
        }
        card.add(buttons);
        return card;
    }

    private Component status(ReportCheck check) {
        if (check.warnings().isEmpty()) {
            Span ready = new Span(getTranslation("reports.ready"));
            ready.getElement().getThemeList().add("badge success");
            return ready;
        }
        Div warnings = new Div();
        warnings.addClassName("report-warnings");
        Span intro = new Span(getTranslation("reports.warnings"));
        intro.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        UnorderedList list = new UnorderedList();
        list.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.FontSize.SMALL);
        check.warnings().forEach(w -> list.add(new ListItem(text(w))));
        warnings.add(intro, list);
        warnings.getStyle().set("color", "var(--lumo-warning-text-color, #8a6100)")
                .set("background", "var(--lumo-warning-color-10pct, #fff4d6)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return warnings;
    }

    private Anchor download(String id, String fileName, ReportFormat format, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(format.contentType());
            try {
                writer.write(format, event.getOutputStream());
            } catch (BusinessRuleException refused) {
                // The data changed since the page was shown: say why, as the page would have.
                event.getResponse().setStatus(409);
                event.getUI().access(() -> Notifications.showRefusal(refused));
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.setId(id);
        Button button = new Button(getTranslation("reports." + format.extension()), VaadinIcon.DOWNLOAD.create());
        anchor.add(button);
        return anchor;
    }

    private String text(ReportMessage message) {
        return getTranslation(message.key(), message.args().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
