package org.itaboard.oit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.oit.OitFixtures;
import org.itaboard.oit.OitFixtures.Entry;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.service.ChecklistEdit;
import org.itaboard.oit.service.ChecklistFileService;
import org.itaboard.oit.service.ChecklistRow;
import org.itaboard.oit.service.OitChecklistService;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The files of a checklist item in its editor (upload, list, remove; read-only for another division's head) and the
 * one-click "use the pages ITA Board publishes" on a personnel item of 2565.
 */
class ChecklistFilesViewTest extends KaribuTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private void open(String user, int beYear) {
        login(user);
        UI.getCurrent().navigate(OitChecklistView.class, QueryParameters.simple(Map.of("year", String.valueOf(beYear))));
    }

    @SuppressWarnings("unchecked")
    private static void edit(String group, String code) {
        Grid<ChecklistRow> grid = _get(Grid.class, spec -> spec.withId("oit-group-" + group.replace('.', '-')));
        List<ChecklistRow> rows = grid.getListDataView().getItems().toList();
        int index = rows.indexOf(rows.stream().filter(r -> r.item().getCode().equals(code)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, index, "edit"));
    }

    private static List<String> fileNames() {
        VerticalLayout list = _get(VerticalLayout.class, spec -> spec.withId("oit-file-list"));
        return _find(list, Anchor.class).stream().map(Anchor::getText).toList();
    }

    @Test
    void aDivisionHeadUploadsListsAndRemovesEvidenceOnAnItemOfTheirDivision() {
        OitFixtures fixtures = new OitFixtures(context);
        FiscalYear year = fixtures.year(2588, List.of(new Entry("O1", "โครงสร้าง"), new Entry("O2", "ข้อมูลผู้บริหาร")));
        login("coordinator");
        OitChecklistService checklist = context.getBean(OitChecklistService.class);
        checklist.save(fixtures.item(year, "O1"), new ChecklistEdit(fixtures.division("PUBLIC_WORKS"), DisclosureStatus.IN_PROGRESS,
                null, List.of(), List.of(), 0));
        checklist.save(fixtures.item(year, "O2"), new ChecklistEdit(fixtures.division("FINANCE"), DisclosureStatus.IN_PROGRESS,
                null, List.of(), List.of(), 0));
        context.getBean(ChecklistFileService.class).attach(fixtures.item(year, "O2"), "งบการเงิน.pdf", PDF);

        open("head.works", 2588);
        edit("9.1", "O1");
        assertThat(fileNames()).isEmpty();
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("oit-upload")), "ผังโครงสร้าง.pdf", "application/pdf", PDF);
        MockVaadin.clientRoundtrip();
        assertThat(fileNames()).containsExactly("ผังโครงสร้าง.pdf (1 KB)");

        VerticalLayout list = _get(VerticalLayout.class, spec -> spec.withId("oit-file-list"));
        _click(_get(list, Button.class, spec -> spec.withClasses("oit-file-remove")));
        assertThat(fileNames()).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("ยกเลิก")));

        edit("9.1", "O2");
        assertThat(fileNames()).containsExactly("งบการเงิน.pdf (1 KB)");
        assertThat(_find(Upload.class)).as("another division's item is read only").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("oit-file-remove"))).isEmpty();
        assertThat(_find(HorizontalLayout.class, spec -> spec.withClasses("oit-file"))).hasSize(1);
    }

    @Test
    void theCoordinatorAddsThePublicHrPagesToAPersonnelItemWithOneClick() {
        open("coordinator", 2565);
        edit("9.4", "O27");
        TextArea urls = _get(TextArea.class, spec -> spec.withId("oit-urls"));
        String before = urls.getValue();
        _click(_get(Button.class, spec -> spec.withId("oit-public-pages")));
        assertThat(urls.getValue()).startsWith(before).contains("/public/wangthonglang/hr\n")
                .contains("/public/wangthonglang/hr/appointment-transfer").contains("/public/wangthonglang/hr/performance-appraisal");
        String once = urls.getValue();
        _click(_get(Button.class, spec -> spec.withId("oit-public-pages")));
        assertThat(urls.getValue()).as("a second click adds nothing").isEqualTo(once);
        _click(_get(Button.class, spec -> spec.withText("ยกเลิก")));

        edit("9.1", "O1");
        assertThat(_find(Button.class, spec -> spec.withId("oit-public-pages"))).as("not a personnel item").isEmpty();
    }
}
