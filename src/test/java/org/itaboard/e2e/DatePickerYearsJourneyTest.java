package org.itaboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The date picker's overlay shows Buddhist Era years everywhere: the month title and the year column (issue 11
 * item 7), in Thai and in English. The browser's today is pinned to the application's test clock, 1 December 2026 CE
 * (2569 BE), since the overlay centres its year column on the browser's own today.
 */
class DatePickerYearsJourneyTest extends BrowserTest {

    private static final String YEAR_NUMBERS = "vaadin-date-picker-year [part=year-number]";

    @Autowired
    private ApplicationContext context;

    @Test
    void overlayShowsBuddhistYearsInThaiAndEnglish() {
        MeasureFixtures fixtures = new MeasureFixtures(context);
        Measure measure = fixtures.measure(fixtures.year(2589), "ปรับปรุงช่องทางรับเรื่องร้องเรียน", "PUBLIC_WORKS");

        page.clock().setFixedTime("2026-12-01T10:00:00+07:00");
        login("coordinator", "demo1234");
        openDueDateOverlay(measure);
        screenshot("datepicker-01-thai");
        assertBuddhistYears("ธันวาคม 2569");

        page.keyboard().press("Escape");
        chooseLanguage("English");
        openDueDateOverlay(measure);
        screenshot("datepicker-02-english");
        assertBuddhistYears("December 2569");

        // The language is the user's saved preference: leave coordinator in Thai for the other journeys.
        page.keyboard().press("Escape");
        chooseLanguage("ภาษาไทย");
    }

    private void openDueDateOverlay(Measure measure) {
        page.navigate(url("measure-form/" + measure.getId()));
        // The measure has no due date yet, so the overlay opens on today's month (December 2569).
        page.locator("vaadin-date-picker").nth(1).locator("input").click();
        page.waitForSelector(YEAR_NUMBERS);
    }

    private void assertBuddhistYears(String monthTitle) {
        assertThat(page.locator("vaadin-month-calendar [part=month-header]").allTextContents())
                .map(String::trim).contains(monthTitle);
        List<Integer> years = page.locator(YEAR_NUMBERS).allTextContents().stream()
                .map(String::trim).filter(text -> !text.isEmpty()).map(Integer::valueOf).toList();
        assertThat(years).contains(2569).allSatisfy(year -> assertThat(year).isBetween(2400, 2700));
    }

    private void chooseLanguage(String label) {
        // The layout reloads the page after a change of language: wait for a fresh window.
        page.evaluate("() => window.languageNotYetChanged = true");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("English")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
        page.waitForFunction("() => !window.languageNotYetChanged");
        page.waitForSelector("vaadin-app-layout");
    }
}
