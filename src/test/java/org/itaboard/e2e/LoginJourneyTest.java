package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;

/** A director signs in through the real login form, sees the dashboard shell in Thai, signs out. */
class LoginJourneyTest extends BrowserTest {

    @Test
    void directorSignsInSeesDashboardAndSignsOut() {
        page.navigate(url(""));
        page.waitForSelector("vaadin-login-form");
        assertThat(page.locator("vaadin-login-form")).containsText("เข้าสู่ระบบ");
        screenshot("01-login");

        login("director", "demo1234");
        assertThat(page.locator("vaadin-side-nav")).containsText("แดชบอร์ดผู้บริหาร");
        assertThat(page.locator("vaadin-app-layout")).containsText("นายวิชัย ธรรมรักษ์");
        assertThat(page.locator("vaadin-app-layout")).containsText("ผู้บริหาร");
        screenshot("02-dashboard");

        page.click("#logout");
        page.waitForSelector("vaadin-login-form");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aBrowserInEnglishStillGetsThaiUntilTheVisitorSwitches() {
        try (var english = browserContext.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US"))) {
            var englishPage = english.newPage();
            englishPage.navigate(url("login"));
            englishPage.waitForSelector("vaadin-login-form input[name=username]");
            assertThat(englishPage.locator("vaadin-login-form")).containsText("เข้าสู่ระบบ");

            englishPage.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English")).click();
            assertThat(englishPage.locator("vaadin-login-form")).containsText("Sign in");
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAThaiMessage() {
        page.navigate(url("login"));
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("input[name=username]", "head.works");
        page.fill("input[name=password]", "not-the-password");
        page.keyboard().press("Enter");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        screenshot("03-login-error");
    }
}
