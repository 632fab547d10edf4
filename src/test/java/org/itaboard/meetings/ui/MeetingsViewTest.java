package org.itaboard.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.base.ui.GridExport;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.division.domain.Division;
import org.itaboard.meetings.domain.MeetingTask;
import org.itaboard.meetings.domain.TaskStatus;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The meetings page: the meetings grid and the office's task register, each exported to Excel with the columns
 * shown and the rows the filters leave. Reads the demo's three tasks (closed, answered, open).
 */
class MeetingsViewTest extends KaribuTest {

    private static final String CLOSED = "จัดทำแผนเร่งรัดการเผยแพร่ขั้นตอนการอนุญาตก่อสร้าง พร้อมผู้รับผิดชอบรายขั้น";
    private static final String ANSWERED = "ร่างมาตรการสำหรับข้อคะแนนต่ำที่ยังไม่มีมาตรการ พร้อมตัวชี้วัด";
    private static final String OPEN = "ถ่ายภาพป้ายประกาศขั้นตอนการขออนุญาตก่อสร้างที่จุดบริการ แนบเป็นหลักฐานในระบบ";

    @Test
    void theRegisterShowsTheOfficesTasksFiltersThemAndExportsWhatIsShown() throws IOException {
        login("director");
        UI.getCurrent().navigate("meetings");
        MeetingsView view = _get(MeetingsView.class);
        _get(TabSheet.class, spec -> spec.withId("meetings-tabs")).setSelectedIndex(1);
        Grid<MeetingTask> grid = view.register().grid();
        assertThat(shown(grid)).extracting(MeetingTask::getDescription).contains(CLOSED, ANSWERED, OPEN);
        MeetingTask open = shown(grid).stream().filter(t -> t.getDescription().equals(OPEN)).findFirst().orElseThrow();
        assertThat(open.getEntry().getMeeting().numberLabel()).matches("\\d+/25\\d\\d");

        @SuppressWarnings("unchecked")
        Select<TaskRegister.Show> status = _get(Select.class, spec -> spec.withId("meeting-tasks-status"));
        _setValue(status, TaskRegister.Show.OPEN);
        assertThat(shown(grid)).isNotEmpty().allMatch(t -> t.getStatus() == TaskStatus.OPEN)
                .extracting(MeetingTask::getDescription).contains(OPEN).doesNotContain(CLOSED, ANSWERED);
        assertExportIs(view.register().export(), grid, shown(grid).stream().map(MeetingTask::getDescription).toList(), 2);

        _setValue(status, TaskRegister.Show.ALL);
        @SuppressWarnings("unchecked")
        ComboBox<Division> division = _get(ComboBox.class, spec -> spec.withId("meeting-tasks-division"));
        Division registration = shown(grid).stream().filter(t -> t.getDescription().equals(ANSWERED)).findFirst()
                .orElseThrow().getDivision();
        _setValue(division, registration);
        assertThat(shown(grid)).isNotEmpty().allMatch(t -> t.getDivision().getId().equals(registration.getId()))
                .extracting(MeetingTask::getDescription).contains(ANSWERED).doesNotContain(OPEN, CLOSED);
        assertExportIs(view.register().export(), grid, shown(grid).stream().map(MeetingTask::getDescription).toList(), 2);

        _setValue(status, TaskRegister.Show.CLOSED);
        assertThat(shown(grid)).extracting(MeetingTask::getDescription).doesNotContain(ANSWERED);
        assertThat(_get(Anchor.class, spec -> spec.withId("meeting-tasks-export")).getHref()).isNotBlank();
    }

    @Test
    void theMeetingsGridExportsItsColumnsAndRows() throws IOException {
        login("coordinator");
        UI.getCurrent().navigate("meetings");
        MeetingsView view = _get(MeetingsView.class);
        @SuppressWarnings("unchecked")
        Grid<org.itaboard.meetings.domain.Meeting> grid = _get(Grid.class, spec -> spec.withId("meetings-grid"));
        List<String> numbers = shown(grid).stream().map(m -> MeetingTexts.t("meetings.number", m.numberLabel())).toList();
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(4);
        assertExportIs(view.export(), grid, numbers, 0);
        assertThat(_get(Anchor.class, spec -> spec.withId("meetings-export")).getHref()).isNotBlank();
    }

    private static <T> List<T> shown(Grid<T> grid) {
        return grid.getListDataView().getItems().toList();
    }

    /** The export's sheet has the grid's headers in order and exactly {@code expected} in column {@code column}. */
    private static <T> void assertExportIs(GridExport<T> export, Grid<T> grid, List<String> expected, int column)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(export.table(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactlyElementsOf(grid.getColumns().stream()
                    .filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList());
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                values.add(row.getCell(column).getStringCellValue());
            }
            assertThat(values).containsExactlyElementsOf(expected);
        }
    }
}
