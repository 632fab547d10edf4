package org.itaboard.e2e;

import java.util.Set;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The weekly meeting end to end: the coordinator refreshes the agenda, presents it on the meeting-room screen (1920×1080
 * and 1280×720), records a resolution with a task for Public Works and closes the meeting; the minutes download; the
 * head of Public Works sees the task and answers it; the next meeting's agenda brings it back. Test year 2584 (January
 * 2041), so the demo's meetings stay as they are.
 */
class MeetingJourneyTest extends BrowserTest {

    private static final String MEASURE = "ติดประกาศขั้นตอนการขออนุญาตก่อสร้าง";
    private static final String TASK = "ส่งภาพถ่ายป้ายประกาศที่จุดบริการ";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MeetingService meetings;
    @Autowired
    private MeasureService measures;

    @Test
    void coordinatorPresentsRecordsAndClosesTheDivisionAnswersTheNextMeetingFollowsUp() throws Exception {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        var year = fixtures.year(2584);
        fixtures.signIn("coordinator");
        fixtures.activeMonthly(year, MEASURE, "PUBLIC_WORKS", LocalDate.of(2040, 10, 1), LocalDate.of(2041, 6, 30),
                Set.of());
        Meeting first = meetings.prepare(fixtures.wangThonglang(), LocalDate.of(2041, 1, 8));
        SecurityContextHolder.clearContext();

        // A busy CI machine answers a round trip in seconds, not milliseconds.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        login("coordinator", "demo1234");
        page.navigate(url("meetings"));
        page.locator("vaadin-grid-cell-content:has-text('ครั้งที่ " + first.numberLabel() + "')").first().click();
        page.waitForURL("**/meetings/" + first.getId());
        page.setViewportSize(1366, 768);
        screenshot("meeting-00-page-1366x768");
        page.click("#meeting-refresh");
        page.waitForSelector("vaadin-notification-card:has-text('บันทึกแล้ว')");
        page.click("#meeting-start");
        assertThat(page.locator(".meeting-status")).containsText("กำลังประชุม");
        screenshot("meeting-00-started-1366x768");

        page.click("#meeting-present");
        page.waitForSelector("#presentation-title");
        // The meeting page's "saved" notification does not follow onto the meeting-room screen.
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        page.setViewportSize(1920, 1080);
        for (int i = 0; i < 30 && !page.locator("#presentation-title").innerText().contains(MEASURE); i++) {
            page.keyboard().press("ArrowRight");
            page.waitForTimeout(300);
        }
        assertThat(page.locator("#presentation-title")).containsText(MEASURE);
        assertThat(page.locator("#presentation-progress")).containsText("0%");
        screenshot("meeting-01-presentation-1920x1080");
        page.setViewportSize(1280, 720);
        screenshot("meeting-02-presentation-1280x720");
        String position = page.locator("#presentation-position").innerText();
        page.keyboard().press("PageUp");
        assertThat(page.locator("#presentation-position")).not().hasText(position);
        page.click("#presentation-next");
        assertThat(page.locator("#presentation-position")).hasText(position);
        page.setViewportSize(1366, 900);
        page.click("text=ออกจากโหมดนำเสนอ");

        Locator entry = page.locator(".agenda-entry:has-text('มาตรการล่าช้า: " + MEASURE + "')");
        entry.locator("vaadin-text-area textarea").fill("ให้ฝ่ายโยธาเร่งติดประกาศและส่งภาพถ่ายเป็นหลักฐาน");
        entry.locator(".entry-resolution-save").click();
        // The save updates the entry in place: the same form is still there to fill in.
        assertThat(entry.locator("vaadin-text-area textarea")).hasValue("ให้ฝ่ายโยธาเร่งติดประกาศและส่งภาพถ่ายเป็นหลักฐาน");
        entry.locator(".task-description input").fill(TASK);
        entry.locator(".task-division").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("ฝ่ายโยธา")).first().click();
        assertThat(entry.locator(".task-division")).containsText("ฝ่ายโยธา");
        entry.locator(".task-add").click();
        assertThat(page.locator(".meeting-task")).containsText(TASK);
        screenshot("meeting-03-recorded");
        page.click("#meeting-close");
        page.locator("vaadin-dialog-overlay vaadin-button:has-text('ปิดการประชุม')").click();
        assertThat(page.locator(".meeting-status")).containsText("ปิดการประชุมแล้ว");
        Download download = page.waitForDownload(() -> page.click("#meeting-minutes"));
        assertThat(download.suggestedFilename()).isEqualTo("minutes-1-2584.docx");
        Path minutes = SCREENSHOTS.resolve("meeting-minutes.docx");
        download.saveAs(minutes);
        try (XWPFDocument doc = new XWPFDocument(new FileInputStream(minutes.toFile()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("ครั้งที่ 1/2584", "ให้ฝ่ายโยธาเร่งติดประกาศ", TASK);
        }
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        login("head.works", "demo1234");
        page.navigate(url("my-division"));
        Locator task = page.locator(".division-task:has-text('" + TASK + "')");
        assertThat(task).containsText("ครั้งที่ " + first.numberLabel());
        task.locator(".task-answer").click();
        page.fill("#task-answer-text textarea", "ติดป้ายแล้ว ส่งภาพถ่ายในระบบ");
        page.locator("vaadin-dialog-overlay vaadin-button:has-text('บันทึกว่าดำเนินการแล้ว')").click();
        assertThat(page.locator(".division-task:has-text('" + TASK + "')")).containsText("ฝ่ายตอบแล้ว");
        screenshot("meeting-04-division-answered");
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        fixtures.signIn("coordinator");
        Meeting next = meetings.prepare(fixtures.wangThonglang(), LocalDate.of(2041, 1, 15));
        SecurityContextHolder.clearContext();
        login("coordinator", "demo1234");
        page.navigate(url("meetings/" + next.getId()));
        Locator followUp = page.locator(".agenda-entry:has-text('" + TASK + "')");
        assertThat(followUp).containsText("ค้าง 7 วัน");
        assertThat(followUp).containsText("ติดป้ายแล้ว");
        screenshot("meeting-05-next-agenda");
    }
}
