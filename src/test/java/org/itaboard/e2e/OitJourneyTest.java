package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The coordinator opens a year's OIT checklist, gives an item to the Public Works division, adds its URL, uploads a
 * PDF as evidence and marks it published; the head of Public Works finds the item theirs to fill; the NACC export
 * downloads as a workbook. Screenshots of the checklist and of the public HR pages at laptop and phone width.
 */
class OitJourneyTest extends BrowserTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String URL = "https://webportal.bangkok.go.th/wangthonglang/page/sub/17991";

    @Autowired
    private ApplicationContext context;

    @Test
    void theCoordinatorFillsAnItemWithEvidenceTheDivisionHeadSeesItAndTheExportDownloads() throws Exception {
        new OitFixtures(context).year(2589, List.of(new Entry("O1", "โครงสร้าง"), new Entry("O2", "ข้อมูลผู้บริหาร"),
                new Entry("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี")));
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        page.setViewportSize(1366, 768);

        login("coordinator", "demo1234");
        page.navigate(url("oit?year=2589"));
        page.waitForSelector("#oit-progress");
        assertThat(page.locator("#oit-published")).containsText("เผยแพร่แล้ว 0 จาก 3 ข้อ");
        page.click("#oit-edit-O1");
        page.waitForSelector("#oit-urls");
        Locator division = page.locator("#oit-division input");
        division.fill("ฝ่ายโยธา");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("ฝ่ายโยธา")).first().click();
        page.fill("#oit-urls textarea", URL);
        page.setInputFiles("#oit-upload input[type=file]", new FilePayload("ผังโครงสร้าง.pdf", "application/pdf", PDF));
        assertThat(page.locator("#oit-file-list")).containsText("ผังโครงสร้าง.pdf");
        page.click("#oit-status");
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("เผยแพร่แล้ว")).first().click();
        page.locator("vaadin-dialog-overlay").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("oit-02-item-editor.png")));
        page.click("#oit-save");
        assertThat(page.locator("#oit-published")).containsText("เผยแพร่แล้ว 1 จาก 3 ข้อ (33%)");
        Locator basic = page.locator("#oit-group-9-1");
        assertThat(basic).containsText("ฝ่ายโยธา");
        assertThat(basic).containsText(URL);
        assertThat(basic).containsText("ไฟล์หลักฐาน 1 ไฟล์");
        screenshot("oit-01-checklist-coordinator");

        Download download = page.waitForDownload(() -> page.click("#oit-export vaadin-button"));
        assertThat(download.suggestedFilename()).isEqualTo("oit-2589.xlsx");
        byte[] workbook = Files.readAllBytes(download.path());
        assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        page.setViewportSize(390, 844);
        // The page hears of the new width (debounced) and lets the division, missing and score columns give way.
        page.waitForTimeout(2000);
        screenshot("oit-03-checklist-phone");
        page.setViewportSize(1366, 768);
        page.click("#logout");
        page.waitForSelector("vaadin-login-form");

        login("head.works", "demo1234");
        page.navigate(url("oit?year=2589"));
        page.waitForSelector("#oit-progress");
        assertThat(page.locator("#oit-edit-O1")).containsText("แก้ไข");
        assertThat(page.locator("#oit-edit-O2")).containsText("ดู");
        page.click("#oit-edit-O1");
        assertThat(page.locator("#oit-file-list")).containsText("ผังโครงสร้าง.pdf");
        assertThat(page.locator("#oit-upload")).isVisible();
        screenshot("oit-04-division-head-editor");

        publicPage(1366, 768, "oit-05-public-hr-index", "public/wangthonglang/hr");
        publicPage(390, 844, "oit-06-public-hr-index-phone", "public/wangthonglang/hr");
        publicPage(1366, 768, "oit-07-public-hr-document-en", "public/wangthonglang/hr/appointment-transfer?lang=en");
        publicPage(390, 844, "oit-08-public-hr-document-phone", "public/wangthonglang/hr/appointment-transfer");
    }

    private void publicPage(int width, int height, String name, String path) {
        Browser browser = browserContext.browser();
        try (BrowserContext visitor = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("th-TH"))) {
            Page visitorPage = visitor.newPage();
            visitorPage.navigate(url(path));
            visitorPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
            assertThat(visitor.cookies()).isEmpty();
        }
    }
}
