package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The weekly meeting: the director has the dashboard open on the big screen while the head of Public Works, in a
 * browser of his own, reports today's progress on a late measure; the director's screen drops it from the late
 * work and counts one late measure fewer, by server push, without a reload.
 */
class LiveDashboardJourneyTest extends BrowserTest {

    private static final String TITLE = "ติดตั้งป้ายขั้นตอนการขออนุญาตก่อสร้าง ณ จุดบริการ";

    @Autowired
    private ApplicationContext context;

    private MeasureFixtures fixtures;
    private Measure late;

    @AfterEach
    void removeMeasure() {
        if (late != null) {
            fixtures.delete(late);
        }
    }

    @Test
    void progressSavedByADivisionAppearsOnTheOpenDashboard() {
        fixtures = new MeasureFixtures(context);
        late = fixtures.lateMeasureThisYear(TITLE, "PUBLIC_WORKS", 400);

        page.setViewportSize(1920, 1080);
        login("director", "demo1234");
        Locator row = page.locator("#overdue-" + late.getId());
        assertThat(row).containsText(TITLE);
        assertThat(row).containsText("0%");
        Locator lateCount = page.locator(".dashboard-measures-late");
        int before = Integer.parseInt(lateCount.textContent().replaceAll("\\D", ""));
        page.evaluate("window.itaNotReloaded = true");
        page.locator(".dashboard-measures-status").scrollIntoViewIfNeeded();
        screenshot("live-01-director-dashboard");

        BrowserContext worksContext = browserContext.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900).setLocale("th-TH"));
        try {
            Page works = worksContext.newPage();
            works.setDefaultTimeout(60_000);
            login(works, "head.works", "demo1234");
            works.navigate(url("measures/" + late.getId()));
            works.click("#add-progress");
            works.fill("#progress-text textarea", "ติดตั้งป้ายที่จุดบริการฝ่ายโยธาแล้ว");
            works.fill("#progress-value input", "๔๐");
            works.click("#progress-save");
            assertThat(works.locator("#progress-timeline")).containsText("ติดตั้งป้ายที่จุดบริการฝ่ายโยธาแล้ว");
        } finally {
            worksContext.close();
        }

        assertThat(lateCount).containsText("ล่าช้า " + (before - 1), new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(lateCount).hasText("ล่าช้า " + (before - 1));
        assertThat(page.locator("#dashboard-overdue")).not().containsText(TITLE);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.itaNotReloaded === true")).isEqualTo(true);
        screenshot("live-02-director-dashboard-updated");
    }
}
