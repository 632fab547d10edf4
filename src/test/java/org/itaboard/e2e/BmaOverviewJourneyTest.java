package org.itaboard.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The BMA's analyst signs in, lands on the comparison of every office, sorts it by ITA (best first) and
 * opens Nong Chok's dashboard, read-only, from its row.
 */
class BmaOverviewJourneyTest extends BrowserTest {

    @Test
    void theAnalystSortsTheOfficesByItaAndOpensNongChoksDashboard() {
        login("bma", "demo1234");
        page.waitForURL("**/overview**");
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid).containsText("สำนักงานเขตหนองจอก");
        assertThat(grid).containsText("สำนักงานเขตคันนายาว");

        Locator itaSorter = page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("ITA"));
        itaSorter.click();
        itaSorter.click();
        assertThat(itaSorter).hasAttribute("direction", "desc");
        screenshot("bma-01-overview-by-ita");

        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("สำนักงานเขตหนองจอก")).click();
        page.waitForURL("**office=nongchok**");
        assertThat(page.locator(".dashboard-ita")).hasText("98.02");
        assertThat(page.locator("vaadin-app-layout")).containsText("สำนักงานเขตหนองจอก");
        screenshot("bma-02-nongchok-dashboard");
    }
}
