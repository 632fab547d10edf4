package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.meetings.domain.AgendaDataRepository.ScorePoint;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.EntryLive;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.EvidenceService;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.projection.ui.ProjectionSummary;
import org.itaboard.scoring.domain.ItemCodes;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting-room screen: one agenda entry at a time in large type, with its live data (a measure's progress,
 * latest reports and newest photo; an item's score over the years), its resolution and tasks. Arrow keys and
 * PageUp/PageDown (a presenter's clicker) or the buttons move through the agenda. While an entry is shown, a progress
 * report on its measure appears without a reload (server push after the report is committed).
 */
@Route(value = "meetings/:id/present", autoLayout = false)
@PermitAll
public class PresentationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService service;
    private final EvidenceService evidence;
    private final MeasureChangeBroadcaster changes;
    private final Div stage = new Div();
    private final Span position = new Span();
    private Meeting meeting;
    private List<AgendaEntry> agenda = List.of();
    private int index;
    private MeasureChangeBroadcaster.Subscription subscription;

    PresentationView(MeetingService service, EvidenceService evidence, MeasureChangeBroadcaster changes) {
        this.service = service;
        this.evidence = evidence;
        this.changes = changes;
        setId("presentation");
        setSizeFull();
        getStyle().set("position", "fixed").set("inset", "0").set("display", "flex").set("flex-direction", "column")
                .set("padding", "2vh 3vw").set("box-sizing", "border-box").set("background", "var(--lumo-base-color)")
                .set("font-size", "clamp(18px, 1.6vw, 30px)").set("overflow", "hidden");
        stage.getStyle().set("flex", "1").set("min-height", "0").set("display", "flex").set("flex-direction", "column")
                .set("gap", "1.5vh").set("overflow", "auto");
        stage.setId("presentation-stage");
        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.PAGE_UP);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meeting = service.get(Long.valueOf(event.getRouteParameters().get(MeetingView.ID).orElseThrow()));
        } catch (NumberFormatException | BusinessRuleException | AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        agenda = meeting.agenda();
        index = 0;
        removeAll();
        add(topBar(), stage, bottomBar());
        show();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // What the meeting page said ("saved") sits bottom right, over the Next button: not on the meeting-room screen.
        closeNotifications(ui);
        // The current entry belongs to the UI: it is read under the UI's lock, never on the broadcaster's thread.
        subscription = changes.subscribe(change -> ui.access(() -> {
            if (current() != null && change.measureId().equals(current().getMeasureId())) {
                show();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.cancel();
        subscription = null;
        super.onDetach(detachEvent);
    }

    private static void closeNotifications(UI ui) {
        ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList()
                .forEach(Notification::close);
    }

    private AgendaEntry current() {
        return agenda.isEmpty() ? null : agenda.get(index);
    }

    void step(int delta) {
        if (!agenda.isEmpty()) {
            index = Math.max(0, Math.min(agenda.size() - 1, index + delta));
            show();
        }
    }

    private Component topBar() {
        Span title = new Span(t("meetings.number", meeting.numberLabel()) + " · " + meeting.getTitle());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
        position.setId("presentation-position");
        position.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div bar = new Div(title, position);
        bar.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "2vw");
        return bar;
    }

    private Component bottomBar() {
        Button previous = new Button(t("meetings.previous"), VaadinIcon.ARROW_LEFT.create(), e -> step(-1));
        previous.setId("presentation-previous");
        Button next = new Button(t("meetings.next"), VaadinIcon.ARROW_RIGHT.create(), e -> step(1));
        next.setIconAfterText(true);
        next.setId("presentation-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(t("meetings.exitPresentation"), e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                MeetingView.params(meeting.getId()))));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.getStyle().set("font-size", "0.7em");
        for (Button b : List.of(previous, next)) {
            // Readable from the back of the room at 1280×720 and 1920×1080: the size follows the screen.
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.getStyle().set("font-size", "clamp(20px, 1.7vw, 34px)").set("height", "2.6em").set("min-width", "8em")
                    .set("padding", "0 1.2em");
        }
        Div steps = new Div(previous, next);
        steps.getStyle().set("display", "flex").set("gap", "1vw");
        Div bar = new Div(back, steps);
        bar.getStyle().set("display", "flex").set("justify-content", "space-between").set("align-items", "center")
                .set("padding-top", "1vh");
        return bar;
    }

    /** Draws the current entry from the data as it is now. */
    private void show() {
        stage.removeAll();
        if (agenda.isEmpty()) {
            position.setText("");
            stage.add(big(t("meetings.agenda.empty"), "2.4em"));
            return;
        }
        position.setText(t("meetings.presentation.position", index + 1, agenda.size()));
        EntryLive live = service.live(current().getId());
        AgendaEntry entry = live.entry();
        Span section = new Span(MeetingTexts.section(entry.getSection()) + " · " + MeetingTexts.topic(entry.getTopic()));
        section.getElement().getThemeList().add("badge");
        section.getStyle().set("font-size", "0.8em").set("align-self", "flex-start");
        Span title = big(entry.getTitle(), "2.2em");
        title.setId("presentation-title");
        stage.add(section, title);
        // A measure's line is written live (the agenda's wording was drawn before the meeting, e.g. "0%" progress).
        String line = live.measure().map(this::measureLine).orElse(entry.getDetail());
        if (line != null) {
            Span detail = new Span(line);
            detail.setId("presentation-detail");
            detail.addClassNames(LumoUtility.TextColor.SECONDARY);
            stage.add(detail);
        }
        Div body = new Div();
        body.getStyle().set("display", "flex").set("gap", "3vw").set("flex-wrap", "wrap").set("align-items", "flex-start");
        live.measure().ifPresent(m -> body.add(measurePanel(m, live)));
        live.photoEvidenceId().ifPresent(id -> {
            Image photo = new Image(MeetingView.download(() -> evidence.download(id)), t("meetings.presentation.photo"));
            photo.setId("presentation-photo");
            photo.getStyle().set("max-height", "38vh").set("max-width", "40vw").set("border-radius", "8px")
                    .set("object-fit", "contain");
            body.add(photo);
        });
        if (!live.scoreHistory().isEmpty()) {
            body.add(scorePanel(live.scoreHistory()));
        }
        stage.add(body);
        live.scenario().ifPresent(scenario -> {
            Span heading = new Span(t("meetings.presentation.scenario", scenario.name()));
            heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.SECONDARY);
            ProjectionSummary summary = new ProjectionSummary(scenario.projection());
            summary.setId("presentation-scenario");
            java.util.Map<String, java.math.BigDecimal> targets = new java.util.TreeMap<>(ItemCodes.NATURAL_ORDER);
            targets.putAll(scenario.projection().targets());
            Span items = new Span(targets.entrySet().stream()
                    .map(target -> target.getKey() + " → " + target.getValue().stripTrailingZeros().toPlainString())
                    .reduce((a, b) -> a + " · " + b).orElse(""));
            items.getStyle().set("font-size", "0.9em");
            stage.add(heading, summary, items);
        });
        if (entry.getResolution() != null) {
            Span resolution = new Span(t("meetings.resolution") + ": " + entry.getResolution());
            resolution.setId("presentation-resolution");
            resolution.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            stage.add(resolution);
        }
        entry.getTasks().forEach(task -> stage.add(new Span("• " + t("meetings.task.line", task.getDescription(),
                task.getDivision().getName(getLocale()), MeetingTexts.date(task.getDueDate())) + " — "
                + t("meetings.task.status." + task.getStatus().name()))));
    }

    /** "ฝ่ายโยธา · ครบกำหนด 30 มิ.ย. 2584", as the measure is now. */
    private String measureLine(Measure m) {
        String due = t("meetings.presentation.due", MeetingTexts.date(m.getDueDate()));
        return m.getLeadDivision() == null ? due : m.getLeadDivision().getName(getLocale()) + " · " + due;
    }

    private Component measurePanel(Measure m, EntryLive live) {
        Div panel = new Div();
        panel.setId("presentation-measure");
        panel.getStyle().set("flex", "1 1 24em").set("display", "flex").set("flex-direction", "column").set("gap", "1vh");
        Span percent = big(m.getProgress() + "%", "3em");
        percent.setId("presentation-progress");
        ProgressBar bar = new ProgressBar(0, 100, m.getProgress());
        bar.setHeight("1.2em");
        Span status = new Span(t("measure.status." + m.getStatus().name()) + (m.isLate(service.today())
                ? " · " + t("meetings.presentation.late") : ""));
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        panel.add(percent, bar, status);
        live.latestReports().forEach(r -> {
            Span report = new Span(MeetingTexts.date(r.getReportedOn()) + " · " + r.getProgress() + "% · " + r.getText());
            report.addClassName("presentation-report");
            report.getStyle().set("font-size", "0.9em");
            panel.add(report);
        });
        return panel;
    }

    private Component scorePanel(List<ScorePoint> history) {
        Div panel = new Div();
        panel.setId("presentation-scores");
        panel.getStyle().set("flex", "1 1 24em").set("display", "flex").set("flex-direction", "column").set("gap", "0.6vh");
        panel.add(new Span(t("meetings.presentation.scoreHistory")));
        for (ScorePoint p : history) {
            Div bar = new Div();
            double width = Math.max(0, Math.min(100, p.score().doubleValue()));
            bar.getStyle().set("width", width + "%").set("height", "1.1em").set("border-radius", "4px")
                    .set("background", width < 60 ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
            Div track = new Div(bar);
            track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-10pct)").set("border-radius", "4px");
            Span year = new Span(String.valueOf(p.beYear()));
            Span value = new Span(p.score().stripTrailingZeros().toPlainString());
            value.getStyle().set("min-width", "4em").set("text-align", "right");
            Div row = new Div(year, track, value);
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "1em");
            panel.add(row);
        }
        return panel;
    }

    private static Span big(String text, String size) {
        Span span = new Span(text);
        span.getStyle().set("font-size", size).set("font-weight", "700").set("line-height", "1.2");
        return span;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? t("nav.meetings") : t("meetings.presentation") + " " + meeting.numberLabel();
    }
}
