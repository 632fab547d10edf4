package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A coordinator on a 1366×768 laptop (most district offices' screens) and on a 1920×1080 meeting-room screen: the
 * longest menu entry is whole, the years grid keeps its settings column in view, and the catalogue's IIT and EIT
 * rows read to their last word (they differ only there) — issue 11 item 9.
 */
class LaptopScreenJourneyTest extends BrowserTest {

    /** Whether the element's text fits its box: nothing cut off, no "…". */
    private static final String FITS = "e => e.scrollWidth <= e.clientWidth + 1";

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1366, 768", "1920, 1080"})
    void menuYearsAndCatalogueShowEverythingTheyHave(int width, int height) {
        page.setViewportSize(width, height);
        login("coordinator", "demo1234");

        Locator catalogueEntry = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("รายการประเมินและคะแนน"));
        assertThat(catalogueEntry).isVisible();
        assertThat((Boolean) catalogueEntry.evaluate("e => [...e.shadowRoot.querySelectorAll('[part~=content], a')]"
                + ".every(c => c.scrollWidth <= c.clientWidth + 1)")).as("the menu entry is whole").isTrue();

        page.navigate(url("years"));
        page.waitForSelector("#edit-2565");
        Locator settings = page.locator("#edit-2565");
        assertThat(settings).isVisible();
        var box = settings.boundingBox();
        assertThat(box.x + box.width).as("the settings button is inside the screen").isLessThanOrEqualTo(width);
        screenshot("laptop-years-" + width);

        page.navigate(url("catalogue?year=2565"));
        page.waitForSelector("vaadin-grid-cell-content:has-text('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก')");
        for (String tool : new String[] {"แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก"}) {
            Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(tool)).first();
            assertThat(cell).isVisible();
            assertThat((Boolean) cell.evaluate(FITS)).as(tool + " is whole").isTrue();
        }
        screenshot("laptop-catalogue-" + width);
    }
}
