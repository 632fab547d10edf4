package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Addresses a user types by hand, in the one-command start's development mode: a page of ours in Thai, never the
 * router's English developer page listing every route, nor a stack trace (issue 11 item 5).
 */
class ErrorPagesJourneyTest extends BrowserTest {

    @Test
    void aDivisionHeadTypingAddressesGetsOurPagesAndNoRouteList() {
        login("head.works", "demo1234");

        page.navigate(url("no-such-page"));
        page.waitForSelector("#error-title");
        assertThat(page.locator("#error-title")).hasText("ไม่พบหน้าที่ต้องการ");
        assertThat(page.locator("body")).not().containsText("admin/users");
        screenshot("error-01-not-found");

        page.navigate(url("admin/users"));
        page.waitForSelector("#error-title");
        assertThat(page.locator("#error-title")).hasText("ไม่มีสิทธิ์เปิดหน้านี้");
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        screenshot("error-02-not-allowed");

        page.navigate(url("measures/999999"));
        page.waitForSelector("#error-title");
        assertThat(page.locator("#error-title")).hasText("ไม่พบหน้าที่ต้องการ");
        assertThat(page.locator("body")).not().containsText("Exception");
        screenshot("error-03-no-such-measure");
    }
}
