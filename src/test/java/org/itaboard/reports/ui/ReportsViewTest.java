package org.itaboard.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.itaboard.base.ui.errors.NotFoundPage;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.reports.ReportFixtures;
import org.itaboard.reports.service.ReportService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports page of 2581: what each report lacks is said before the download, a refusal instead of buttons. */
class ReportsViewTest extends KaribuTest {

    @Autowired
    private ReportService reports;
    private Measure reported;

    @BeforeEach
    void aMeasureReportedInTheFirstHalf() {
        ReportFixtures fixtures = new ReportFixtures(context);
        MeasureFixtures.Year year = fixtures.measures().year(2581);
        reported = fixtures.measures().measure(year, "อบรมเจ้าหน้าที่เรื่องขั้นตอนการให้บริการ", "ADMIN");
        fixtures.progress(reported, LocalDate.of(2037, 11, 15), "จัดอบรมแล้ว 1 ครั้ง", 40);
        fixtures.measures().year(2582);
    }

    private void open(String user, Map<String, String> query) {
        login(user);
        UI.getCurrent().navigate(ReportsView.class, QueryParameters.simple(query));
    }

    @Test
    void eachReportSaysWhatItLacksAndOffersItsFiles() {
        open("director", Map.of("year", "2581"));
        Div half = _get(Div.class, spec -> spec.withId("report-half_year"));
        assertThat(_find(half, Span.class)).extracting(Span::getText)
                .contains("รายงานรอบ 6 เดือน", "ตั้งแต่ 1 ต.ค. 2580 ถึง 31 มี.ค. 2581", "พร้อมดาวน์โหลด");
        assertThat(_find(half, Anchor.class)).extracting(a -> a.getId().orElseThrow())
                .startsWith("report-half_year-xlsx", "report-half_year-docx");

        Div full = _get(Div.class, spec -> spec.withId("report-full_year"));
        assertThat(_find(full, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "1 มาตรการยังไม่ระบุปัญหา/อุปสรรค ซึ่งรายงานรอบ 12 เดือนต้องมี: " + reported.getTitle(),
                "1 มาตรการยังไม่ระบุข้อเสนอแนะ ซึ่งรายงานรอบ 12 เดือนต้องมี: " + reported.getTitle());
        assertThat(_find(full, Anchor.class)).isNotEmpty();

        Div analysis = _get(Div.class, spec -> spec.withId("report-analysis"));
        assertThat(_find(analysis, Anchor.class)).extracting(a -> a.getId().orElseThrow()).contains("report-analysis-docx");
        assertThat(_find(Span.class, spec -> spec.withId("reports-no-pdf")).isEmpty()).isEqualTo(reports.pdfAvailable());
        assertThat(_find(Anchor.class, spec -> spec.withId("report-analysis-pdf")).isEmpty()).isNotEqualTo(reports.pdfAvailable());
    }

    @Test
    void aYearWithoutMeasuresIsRefusedWithoutButtons() {
        open("coordinator", Map.of("year", "2582"));
        Div half = _get(Div.class, spec -> spec.withId("report-half_year"));
        assertThat(_get(half, Span.class, spec -> spec.withClasses("report-refusal")).getText())
                .isEqualTo("ยังไม่มีมาตรการของปีงบประมาณ 2582 (ไม่นับที่ยกเลิก) จึงยังไม่มีสิ่งที่จะรายงาน");
        assertThat(_find(half, Anchor.class)).isEmpty();
    }

    @Test
    void anotherOfficesReportsAreNotFound() {
        open("coordinator.nongchok", Map.of("office", "wangthonglang", "year", "2581"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundPage.class);
    }
}
