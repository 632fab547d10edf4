package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.hr.HrFixtures;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The HR officer drafts and submits the year's HR report with its signed announcement, the director approves and
 * publishes it from the workspace, and an anonymous browser reads it at the public URL; a second version is
 * published under the same URL while the first stays readable at its own.
 */
class CriteriaJourneyTest extends BrowserTest {

    private static final String PUBLIC_PATH = "public/wangthonglang/hr/hr-report-2587";

    @Autowired
    private ApplicationContext context;

    @Test
    void draftedSubmittedApprovedPublishedAndReadAnonymouslyAtAUrlThatOutlivesTheVersion() {
        new HrFixtures(context).year(2587);
        List<String> dialogs = new ArrayList<>();

        // A busy machine compiles each view on its first visit: wait for pages, not a fixed five seconds.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        login("hr", "demo1234");
        page.navigate(url("hr?year=2587"));
        page.waitForSelector("#hr-due");
        assertThat(page.locator("#hr-due")).containsText("ขาด: รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี");
        screenshot("hr-01-workspace-hr-officer");
        page.click("#hr-start-ANNUAL_REPORT");
        page.waitForSelector("#hr-title");
        page.setInputFiles("#hr-upload input[type=file]", new FilePayload("ประกาศ.pdf", "application/pdf", HrFixtures.pdf()));
        assertThat(page.locator("#hr-files")).containsText("ประกาศ.pdf");
        page.fill("#hr-title input", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2586");
        page.fill("#hr-announcement-number input", "๑๒/๒๕๘๗");
        fillDate("#hr-announcement-date", "1/11/2569");
        page.fill("#hr-signer input", "ผู้อำนวยการเขตวังทองหลาง");
        fillDate("#hr-effective-date", "1/11/2569");
        page.fill("#hr-body textarea", "ผลการพัฒนาบุคลากร\n\n- อบรม 12 หลักสูตร\n- ผู้เข้ารับการพัฒนา 286 คน");
        page.check("#hr-development-results input");
        screenshot("hr-02-document-draft");
        page.click("#hr-submit");
        assertThat(page.locator("#hr-version-state")).containsText("รออนุมัติ");
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        login("director", "demo1234");
        page.navigate(url("hr?year=2587"));
        Locator awaiting = page.locator("#hr-awaiting vaadin-horizontal-layout")
                .filter(new Locator.FilterOptions().setHasText("ประจำปี 2586"));
        screenshot("hr-03-workspace-director");
        awaiting.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("อนุมัติ")).first().click();
        Locator approved = page.locator("#hr-approved vaadin-horizontal-layout")
                .filter(new Locator.FilterOptions().setHasText("ประจำปี 2586"));
        approved.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("เผยแพร่")).click();
        assertThat(page.locator("#hr-due")).containsText("ฉบับที่ 1 ใช้บังคับอยู่");

        String firstVersion = anonymous(1366, 900, "hr-04-public-document", PUBLIC_PATH, dialogs);
        assertThat(firstVersion).contains("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2586", "๑๒/๒๕๘๗",
                "อบรม 12 หลักสูตร", "ประกาศ.pdf").doesNotContain("director", "hr.");
        anonymous(390, 844, "hr-05-public-document-phone", PUBLIC_PATH, dialogs);
        anonymous(1366, 900, "hr-06-public-index", "public/wangthonglang/hr", dialogs);
        anonymous(390, 844, "hr-07-public-index-phone", "public/wangthonglang/hr", dialogs);

        page.click("#logout");
        page.waitForSelector("vaadin-login-form");
        login("hr", "demo1234");
        page.navigate(url("hr?year=2587"));
        page.locator("#hr-due-ANNUAL_REPORT a").first().click();
        page.click("#hr-new-version");
        page.waitForSelector("#hr-title");
        assertThat(page.locator("#hr-versions")).containsText("ฉบับที่ 2");
        page.setInputFiles("#hr-upload input[type=file]", new FilePayload("ประกาศ-2.pdf", "application/pdf", HrFixtures.pdf()));
        assertThat(page.locator("#hr-files")).containsText("ประกาศ-2.pdf");
        page.fill("#hr-title input", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2586 (ฉบับปรับปรุง)");
        page.click("#hr-submit");
        assertThat(page.locator("#hr-version-state")).containsText("รออนุมัติ");
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        login("director", "demo1234");
        page.navigate(url("hr?year=2587"));
        page.locator("#hr-awaiting a").filter(new Locator.FilterOptions().setHasText("ฉบับปรับปรุง")).click();
        page.click("#hr-approve");
        page.click("#hr-publish");
        assertThat(page.locator("#hr-version-state")).containsText("เผยแพร่แล้ว");
        screenshot("hr-08-document-published");

        assertThat(anonymous(1366, 900, "hr-09-public-second-version", PUBLIC_PATH, dialogs))
                .contains("(ฉบับปรับปรุง)", "ฉบับที่เคยเผยแพร่");
        assertThat(anonymous(1366, 900, "hr-10-public-first-version", PUBLIC_PATH + "/v/1", dialogs))
                .contains("ประจำปี 2586", "ฉบับที่ 1 นี้ถูกแทนที่แล้วเมื่อ").doesNotContain("<h1>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2586 (ฉบับปรับปรุง)");
        assertThat(dialogs).as("no script ran on a public page").isEmpty();
    }

    /** The page as a visitor who never signed in sees it, in a browser of its own; it must get no cookie. */
    private String anonymous(int width, int height, String screenshot, String path, List<String> dialogs) {
        Browser browser = browserContext.browser();
        try (BrowserContext visitor = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("th-TH"))) {
            Page publicPage = visitor.newPage();
            publicPage.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            publicPage.navigate(url(path));
            publicPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot + ".png"))
                    .setFullPage(true));
            assertThat(visitor.cookies()).as("no session cookie for " + path).isEmpty();
            return publicPage.content();
        }
    }

    private void fillDate(String id, String text) {
        page.fill(id + " input", text);
        page.press(id + " input", "Enter");
    }
}
