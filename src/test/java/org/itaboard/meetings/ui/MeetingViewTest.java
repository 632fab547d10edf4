package org.itaboard.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.itaboard.base.ui.Notifications;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.division.domain.Division;
import org.itaboard.meetings.domain.AgendaEntry;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.meetings.service.TaskInput;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meeting page offers the coordinator the controls to prepare and record and others only the record; the
 * presentation walks the agenda; the division's workspace shows its tasks; the dashboard links the next meeting.
 * The meeting is of a test year (2584, January 2041), so the demo's meetings stay as they are.
 */
class MeetingViewTest extends KaribuTest {

    private static final List<String> RECORDING = List.of("meeting-details", "meeting-refresh", "meeting-start",
            "meeting-add-entry", "meeting-close");

    @Autowired
    private MeetingService service;
    @Autowired
    private org.itaboard.projection.service.ProjectionService projections;
    @Autowired
    private org.itaboard.measures.service.EvidenceService evidence;
    @Autowired
    private org.itaboard.measures.service.MeasureService measures;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final java.math.BigDecimal HUNDRED = new java.math.BigDecimal("100");

    private MeasureFixtures fixtures;
    private Meeting meeting;

    @BeforeEach
    void preparedMeeting() {
        fixtures = new MeasureFixtures(context);
        fixtures.year(2584);
        fixtures.signIn("coordinator");
        meeting = service.prepare(fixtures.wangThonglang(), LocalDate.of(2041, 1, 8));
    }

    @Test
    void theCoordinatorPreparesAndRecordsAnExecutiveOnlyReads() {
        login("coordinator");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        assertThat(buttonIds()).containsAll(RECORDING);
        assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .contains(MeetingTexts.t("meetings.section.FOLLOW_UP"), MeetingTexts.t("meetings.section.OTHER"));

        login("director");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        assertThat(buttonIds()).doesNotContainAnyElementsOf(RECORDING).contains("meeting-present");
        assertThat(_get(Anchor.class, spec -> spec.withId("meeting-minutes")).getHref()).isNotBlank();
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void theCoordinatorRecordsAResolutionAndATaskOnAnEntry() {
        login("coordinator");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        _click(_get(Button.class, spec -> spec.withId("meeting-start")));
        AgendaEntry entry = meeting.agenda().get(0);
        var card = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("entry-" + entry.getId()));
        TextField what = _get(card, TextField.class, spec -> spec.withClasses("task-description"));
        _setValue(what, "ติดประกาศ");
        _setValue(_get(card, TextArea.class), "ให้ฝ่ายโยธาเร่งรัด");
        _click(_get(card, Button.class, spec -> spec.withClasses("entry-resolution-save")));

        // Saved in place: the same card, and the task being typed under it, are still on the page.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("entry-" + entry.getId()))).isSameAs(card);
        assertThat(_get(card, TextField.class, spec -> spec.withClasses("task-description"))).isSameAs(what);
        assertThat(what.getValue()).isEqualTo("ติดประกาศ");
        @SuppressWarnings("unchecked")
        Select<Division> division = _get(card, Select.class, spec -> spec.withClasses("task-division"));
        assertThat(division.getListDataView().getItems().map(Division::getCode)).contains("PUBLIC_WORKS");
        _setValue(division, fixtures.division("PUBLIC_WORKS"));
        _click(_get(card, Button.class, spec -> spec.withClasses("task-add")));

        // The new task shows under its entry, the form is empty for the next one, the page was not drawn again.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("entry-" + entry.getId()))).isSameAs(card);
        assertThat(_find(card, Span.class).stream().map(Span::getText)).anySatisfy(text -> assertThat(text).contains("ติดประกาศ"));
        assertThat(what.getValue()).isEmpty();
        assertThat(division.getValue()).isNull();
        assertThat(_get(card, TextArea.class).getValue()).isEqualTo("ให้ฝ่ายโยธาเร่งรัด");

        AgendaEntry stored = service.get(meeting.getId()).agenda().get(0);
        assertThat(stored.getResolution()).isEqualTo("ให้ฝ่ายโยธาเร่งรัด");
        assertThat(stored.getTasks()).extracting(t -> t.getDescription() + "/" + t.getDivision().getCode())
                .containsExactly("ติดประกาศ/PUBLIC_WORKS");
    }

    @Test
    void thePresentationShowsOneEntryAtATimeAndMovesOnByClick() {
        login("director");
        UI.getCurrent().navigate("meetings/" + meeting.getId() + "/present");
        List<AgendaEntry> agenda = meeting.agenda();
        assertThat(_get(Span.class, spec -> spec.withId("presentation-title")).getText()).isEqualTo(agenda.get(0).getTitle());
        assertThat(_get(Span.class, spec -> spec.withId("presentation-position")).getText())
                .isEqualTo(MeetingTexts.t("meetings.presentation.position", 1, agenda.size()));

        _click(_get(Button.class, spec -> spec.withId("presentation-next")));

        assertThat(_get(Span.class, spec -> spec.withId("presentation-title")).getText()).isEqualTo(agenda.get(1).getTitle());
        _click(_get(Button.class, spec -> spec.withId("presentation-previous")));
        _click(_get(Button.class, spec -> spec.withId("presentation-previous")));
        assertThat(_get(Span.class, spec -> spec.withId("presentation-title")).getText()).isEqualTo(agenda.get(0).getTitle());
    }

    @Test
    void thePresentationShowsASavedScenarioWithItsProjectedItaAndClosesTheMeetingPagesNotifications() {
        fixtures.signIn("coordinator");
        var scenario = projections.save(year(2565), "จอประชุม OIT 4 ข้อ", java.util.Map.of("O9", HUNDRED, "O27", HUNDRED,
                "O28", HUNDRED, "O41", HUNDRED));
        try {
            Meeting withScenario = service.addScenario(meeting.getId(), org.itaboard.meetings.domain.AgendaSection.OTHER,
                    scenario.id(), null);
            List<AgendaEntry> agenda = withScenario.agenda();
            login("coordinator");
            UI.getCurrent().navigate("meetings/" + meeting.getId());
            Notifications.success("บันทึกแล้ว");
            assertThat(_find(Notification.class)).anyMatch(Notification::isOpened);

            UI.getCurrent().navigate("meetings/" + meeting.getId() + "/present");

            // Nothing of the meeting page lies over the Next button.
            assertThat(_find(Notification.class)).noneMatch(Notification::isOpened);
            for (int i = 1; i < agenda.size(); i++) {
                _click(_get(Button.class, spec -> spec.withId("presentation-next")));
            }
            assertThat(_get(Span.class, spec -> spec.withId("presentation-title")).getText()).contains("จอประชุม OIT 4 ข้อ");
            assertThat(_get(Span.class, spec -> spec.withId("projected-ITA")).getText()).isEqualTo("99.84");
            assertThat(_get(Span.class, spec -> spec.withId("projected-OIT")).getText()).isEqualTo("100.00");
            assertThat(_get(Span.class, spec -> spec.withId("projected-grade")).getText()).contains("AA");
        } finally {
            jdbc.update("delete from projection_scenario where name = ?", "จอประชุม OIT 4 ข้อ");
        }
    }

    @Test
    void onAClosedMeetingTheCoordinatorFilesTheMinutesAsEvidenceOfAnEntrysMeasure() {
        fixtures.signIn("coordinator");
        // A late measure of the test year, drawn onto the prepared meeting's agenda by a refresh.
        org.itaboard.measures.domain.Measure late = activeLate();
        Meeting m = service.refreshAgenda(meeting.getId());
        service.start(m.getId());
        service.close(m.getId());

        login("director");
        UI.getCurrent().navigate("meetings/" + m.getId());
        assertThat(_find(Button.class, spec -> spec.withClasses("entry-file-minutes"))).isEmpty();

        login("coordinator");
        UI.getCurrent().navigate("meetings/" + m.getId());
        AgendaEntry entry = m.agenda().stream().filter(e -> late.getId().equals(e.getMeasureId())).findFirst().orElseThrow();
        var card = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("entry-" + entry.getId()));
        _click(_get(card, Button.class, spec -> spec.withClasses("entry-file-minutes")));

        fixtures.signIn("coordinator");
        assertThat(evidence.list(late.getId())).extracting(e -> e.getOriginalName()).contains("minutes-1-2584.docx");
    }

    @Test
    void theDivisionSeesItsTasksWithTheMeetingTheyCameFrom() {
        fixtures.signIn("coordinator");
        AgendaEntry entry = meeting.agenda().get(0);
        service.addTask(entry.getId(), new TaskInput("ส่งภาพป้ายประกาศ", fixtures.division("PUBLIC_WORKS"), null));

        login("head.works");
        UI.getCurrent().navigate("my-division");
        var tasks = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("division-meeting-tasks"));
        assertThat(_find(tasks, Span.class).stream().map(Span::getText)).contains("ส่งภาพป้ายประกาศ");
        assertThat(_find(tasks, RouterLink.class).stream().map(RouterLink::getText))
                .anySatisfy(text -> assertThat(text).contains(meeting.numberLabel()));
        assertThat(_find(tasks, Button.class, spec -> spec.withClasses("task-answer"))).isNotEmpty();

        login("head.registration");
        UI.getCurrent().navigate("meetings");
        UI.getCurrent().navigate("my-division");
        assertThat(_find(Span.class).stream().map(Span::getText)).doesNotContain("ส่งภาพป้ายประกาศ");
    }

    @Test
    void theDashboardLinksTheNextMeetingInOneClick() {
        login("director");
        UI.getCurrent().navigate("");
        RouterLink next = _get(RouterLink.class, spec -> spec.withId("this-week-meeting"));
        assertThat(next.getHref()).startsWith("meetings/");
        assertThat(next.getText()).contains(service.next(fixtures.wangThonglang()).orElseThrow().numberLabel());
    }

    /** An active monthly measure of the test year, late by the meeting: on its agenda. */
    private org.itaboard.measures.domain.Measure activeLate() {
        return fixtures.activeMonthly(fixtures.year(2584), "ติดประกาศขั้นตอน", "PUBLIC_WORKS", LocalDate.of(2040, 10, 1),
                LocalDate.of(2041, 6, 30), java.util.Set.of());
    }

    private static List<String> buttonIds() {
        return _find(Button.class).stream().map(b -> b.getId().orElse("")).toList();
    }
}
