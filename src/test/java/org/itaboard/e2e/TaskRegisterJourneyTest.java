package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;

/** The meetings page's task register in a browser at 1366×768: the tab opens it, the filter narrows it. */
class TaskRegisterJourneyTest extends BrowserTest {

    @Test
    void theCoordinatorOpensTheTaskRegisterAndFiltersIt() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        login("coordinator", "demo1234");
        page.setViewportSize(1366, 768);
        page.navigate(url("meetings"));
        page.waitForSelector("#meetings-grid");
        assertThat(page.locator("#meetings-export")).isVisible();
        screenshot("tasks-00-meetings-1366x768");
        page.click("vaadin-tab:has-text('ทะเบียนงานที่มอบหมาย')");
        page.waitForSelector("#meeting-tasks-grid");
        assertThat(page.locator("#meeting-tasks-grid vaadin-grid-cell-content:has-text('ถ่ายภาพป้ายประกาศ')").first()).isVisible();
        assertThat(page.locator("#meeting-tasks-export")).isVisible();
        screenshot("tasks-01-register-1366x768");
        page.click("#meeting-tasks-status");
        page.click("vaadin-select-item:has-text('ปิดแล้ว')");
        assertThat(page.locator("#meeting-tasks-grid vaadin-grid-cell-content:has-text('ถ่ายภาพป้ายประกาศ')")).hasCount(0);
        screenshot("tasks-02-register-closed-1366x768");
    }
}
