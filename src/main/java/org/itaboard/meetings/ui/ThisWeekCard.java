package org.itaboard.meetings.ui;

import static org.itaboard.meetings.ui.MeetingTexts.t;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.dashboard.ui.DashboardCards;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.offices.domain.Office;

/**
 * The dashboard's "this week" card: the next meeting one click away, its agenda with each measure's progress as it is
 * now, the tasks of earlier meetings still open by division, and what changed since the previous meeting. It follows
 * saved progress while on screen, as the measure cards do.
 */
class ThisWeekCard extends Div {

    static final int ENTRIES_SHOWN = 8;

    private final MeetingService meetings;
    private final MeasureService measures;
    private final MeasureChangeBroadcaster changes;
    private final Office office;
    private MeasureChangeBroadcaster.Subscription subscription;

    ThisWeekCard(MeetingService meetings, MeasureService measures, MeasureChangeBroadcaster changes, Office office) {
        this.meetings = meetings;
        this.measures = measures;
        this.changes = changes;
        this.office = office;
        getStyle().set("display", "contents");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // Only this office's changes: other offices' saves must not make every open dashboard query again.
        subscription = changes.subscribe(change -> {
            if (office.getId().equals(change.officeId())) {
                ui.access(this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.cancel();
        subscription = null;
        super.onDetach(detachEvent);
    }

    final void refresh() {
        removeAll();
        Div card = DashboardCards.card("dashboard-this-week", "1 1 100%", DashboardCards.title(t("meetings.thisWeek")));
        card.setId("dashboard-this-week");
        Optional<Meeting> next = meetings.next(office);
        if (next.isEmpty()) {
            card.add(new Span(t("meetings.thisWeek.none")), new RouterLink(t("nav.meetings"), MeetingsView.class));
            add(card);
            return;
        }
        Meeting m = next.get();
        RouterLink open = new RouterLink(MeetingTexts.label(m) + " · " + m.getRoom(), MeetingView.class, MeetingView.params(m.getId()));
        open.setId("this-week-meeting");
        open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        card.add(open);
        Map<Long, Measure> byId = measures.search(MeasureQuery.all(m.getFiscalYear())).stream()
                .collect(Collectors.toMap(Measure::getId, Function.identity()));
        Div columns = new Div();
        columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        Div agenda = column(t("meetings.thisWeek.agenda", m.agenda().size()));
        agenda.getStyle().set("flex", "2 1 28em");
        m.agenda().stream().limit(ENTRIES_SHOWN).forEach(e -> agenda.add(entryLine(e, byId)));
        if (m.agenda().size() > ENTRIES_SHOWN) {
            agenda.add(new RouterLink(t("meetings.thisWeek.more", m.agenda().size() - ENTRIES_SHOWN), MeetingView.class,
                    MeetingView.params(m.getId())));
        }
        Div tasks = column(t("meetings.thisWeek.openTasks"));
        tasks.setId("this-week-tasks");
        Map<String, Long> byDivision = new TreeMap<>(meetings.pendingTasks(office).stream()
                .collect(Collectors.groupingBy(task -> task.getDivision().getName(getLocale()), Collectors.counting())));
        if (byDivision.isEmpty()) {
            tasks.add(new Span(t("meetings.thisWeek.noTasks")));
        }
        byDivision.forEach((division, count) -> tasks.add(new Span(division + ": " + count)));
        Div changed = column(t("meetings.thisWeek.changed"));
        List<AgendaEntry> news = m.agenda().stream().filter(e -> e.getSection() == AgendaSection.INFORMATION).toList();
        changed.add(new Span(t("meetings.thisWeek.changedCount", news.size())));
        news.stream().limit(4).forEach(e -> changed.add(small(e.getTitle())));
        columns.add(agenda, tasks, changed);
        card.add(columns);
        add(card);
    }

    private Div entryLine(AgendaEntry e, Map<Long, Measure> byId) {
        Div line = new Div();
        line.addClassNames("this-week-entry", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        line.add(small(e.getTitle()));
        Measure measure = e.getMeasureId() == null ? null : byId.get(e.getMeasureId());
        if (measure != null) {
            Span status = new Span(measure.getProgress() + "%");
            status.getElement().getThemeList().add(measure.isLate(meetings.today()) ? "badge error" : "badge success");
            status.addClassName("this-week-progress");
            line.add(status);
        }
        return line;
    }

    private static Div column(String heading) {
        Span title = new Span(heading);
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        Div column = new Div(title);
        column.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        column.getStyle().set("flex", "1 1 14em").set("min-width", "0");
        return column;
    }

    private static Span small(String text) {
        Span span = new Span(text);
        span.addClassNames(LumoUtility.FontSize.SMALL);
        return span;
    }
}
