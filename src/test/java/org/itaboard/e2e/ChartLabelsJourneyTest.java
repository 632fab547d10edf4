package org.itaboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A division renamed to carry markup: the director hovers its bar on the dashboard and sees the name
 * as text, in the tooltip as on the axis; nothing in it runs.
 */
class ChartLabelsJourneyTest extends BrowserTest {

    /** The office of the demo users, whose Public Works division the test renames. */
    private static final String WANG_THONGLANG = "(select id from office where code = 'wangthonglang')";

    private static final String HOSTILE = "ฝ่ายโยธา<img src=x onerror=alert(1)>";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private MeasureFixtures fixtures;
    private Measure measure;
    private String originalName;

    @BeforeEach
    void renameDivision() {
        fixtures = new MeasureFixtures(context);
        measure = fixtures.lateMeasureThisYear("จัดทำคู่มือขออนุญาตก่อสร้าง", "PUBLIC_WORKS", 30);
        originalName = jdbc.queryForObject("select name_th from division where code = 'PUBLIC_WORKS' and office_id = " + WANG_THONGLANG, String.class);
        jdbc.update("update division set name_th = ? where code = 'PUBLIC_WORKS' and office_id = " + WANG_THONGLANG, HOSTILE);
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void restoreDivision() {
        jdbc.update("update division set name_th = ? where code = 'PUBLIC_WORKS' and office_id = " + WANG_THONGLANG, originalName);
        fixtures.delete(measure);
    }

    @Test
    void aDivisionNameWithMarkupIsShownAsTextOnTheAxisAndInTheTooltip() {
        page.setViewportSize(1920, 1080);
        login("director", "demo1234");
        Locator chart = page.locator("#chart-measures-divisions");
        chart.scrollIntoViewIfNeeded();
        Locator axisLabel = chart.locator(".apexcharts-yaxis-label", new Locator.LocatorOptions().setHasText("ฝ่ายโยธา"));
        assertThat(axisLabel.textContent()).contains(HOSTILE).doesNotContain("&lt;");

        // The bars grow while the chart animates and a live update may redraw them: hover the widest
        // segment of that division's row where it is now, until the tooltip follows.
        Locator title = chart.locator(".apexcharts-tooltip-title");
        for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                !HOSTILE.equals(title.textContent()) && System.nanoTime() < deadline; ) {
            hoverDivisionRow(chart, "ฝ่ายโยธา");
            page.waitForTimeout(300);
        }
        PlaywrightAssertions.assertThat(title).hasText(HOSTILE);
        screenshot("chart-hostile-label");

        assertThat(chart.locator("img").count()).isZero();
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }

    /** Moves the mouse off the chart and onto the widest bar segment of the row whose category starts with the prefix. */
    private void hoverDivisionRow(Locator chart, String prefix) {
        List<?> centre = (List<?>) chart.evaluate("""
                (chart, prefix) => {
                  const row = chart.config.xaxis.categories.findIndex(c => c.startsWith(prefix));
                  const box = [...chart.querySelectorAll(`.apexcharts-bar-area[j="${row}"]`)]
                      .map(bar => bar.getBoundingClientRect()).sort((a, b) => b.width - a.width)[0];
                  return [box.x + box.width / 2, box.y + box.height / 2];
                }""", prefix);
        page.mouse().move(0, 0);
        page.mouse().move(((Number) centre.get(0)).doubleValue(), ((Number) centre.get(1)).doubleValue(),
                new Mouse.MoveOptions().setSteps(5));
    }

    @Test
    void theChartEscapesTextForHtml() {
        login("director", "demo1234");
        assertThat(page.evaluate("customElements.get('ita-apex-chart').escapeHtml(`a&b <i>\"x\"</i> 'y' ฝ่าย`)"))
                .isEqualTo("a&amp;b &lt;i&gt;&quot;x&quot;&lt;/i&gt; &#39;y&#39; ฝ่าย");
        assertThat(page.evaluate("customElements.get('ita-apex-chart').escapeHtml(null)")).isEqualTo("");
    }

    @Test
    void seriesNamesAndSliceLabelsWithMarkupAreTextInTheLegendAndTooltip() {
        login("director", "demo1234");
        String hostile = HOSTILE.replace("'", "\\'");
        page.evaluate("""
                () => {
                  let top = 0;
                  for (const [id, config] of [
                      ['xss-bar', {chart: {type: 'bar', animations: {enabled: false}}, series: [{name: '%1$s', data: [5]}], xaxis: {categories: ['A']},
                                   legend: {showForSingleSeries: true}}],
                      // Two halves of a pie: the middle of the first slice's box lies inside that slice.
                      ['xss-pie', {chart: {type: 'pie', animations: {enabled: false}}, series: [1, 1], labels: ['%1$s', 'B']}]]) {
                    const chart = document.createElement('ita-apex-chart');
                    chart.id = id;
                    // Above the application layout, which would take the mouse otherwise.
                    chart.style.cssText = `position: fixed; z-index: 10000; left: 0; top: ${top}px; width: 500px;
                        height: 300px; background: white`;
                    top += 320;
                    chart.config = JSON.stringify(config);
                    document.body.append(chart);
                  }
                }""".formatted(hostile));

        Locator bar = page.locator("#xss-bar");
        bar.locator(".apexcharts-bar-area").first().hover(new Locator.HoverOptions().setForce(true));
        PlaywrightAssertions.assertThat(bar.locator(".apexcharts-tooltip-text-y-label")).hasText(HOSTILE + ":");
        assertThat(bar.locator(".apexcharts-legend-text").textContent()).isEqualTo(HOSTILE);
        Locator pie = page.locator("#xss-pie");
        pie.locator(".apexcharts-pie-area").first().hover(new Locator.HoverOptions().setForce(true));
        PlaywrightAssertions.assertThat(pie.locator(".apexcharts-tooltip-text-y-label").first()).hasText(HOSTILE + ":");
        assertThat(pie.locator(".apexcharts-legend-text").first().textContent()).isEqualTo(HOSTILE);
        screenshot("chart-hostile-series");

        assertThat(page.locator("#xss-bar img, #xss-pie img").count()).isZero();
        page.waitForTimeout(500);
        assertThat(dialogs).isEmpty();
    }
}
