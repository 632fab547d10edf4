package org.itaboard.reports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.itaboard.fiscalyear.domain.Tool;

/** The progress report as a Word document (landscape): heading, the office's table, photos in the evidence cell. */
final class ProgressDocument {

    private static final int PHOTO_BOX = 60;

    private final ProgressReport report;
    private final ThumbnailSource thumbnails;

    ProgressDocument(ProgressReport report, ThumbnailSource thumbnails) {
        this.report = report;
        this.thumbnails = thumbnails;
    }

    void write(OutputStream out) throws IOException {
        try (WordDocument doc = new WordDocument(true)) {
            doc.title(report.title());
            doc.title(report.subtitle());
            doc.title(report.periodLine());
            doc.paragraph("");
            List<String> headers = new ArrayList<>(List.of(ReportLabels.text("col.assessment"),
                    ReportLabels.text("col.weakness"), ReportLabels.text("col.measure"), ReportLabels.text("col.result")));
            if (report.period().isAnnual()) {
                headers.addAll(List.of(ReportLabels.text("col.outcome"), ReportLabels.text("col.problems"),
                        ReportLabels.text("col.recommendations")));
            }
            headers.add(ReportLabels.text("col.evidence"));
            XWPFTable table = doc.table(headers);
            Tool tool = null;
            String indicator = null;
            List<ProgressRow> rows = report.rows();
            for (int from = 0; from < rows.size(); from += ProgressWorkbook.BATCH) {
                List<ProgressRow> batch = rows.subList(from, Math.min(rows.size(), from + ProgressWorkbook.BATCH));
                Map<Long, byte[]> photos = thumbnails.load(batch.stream().flatMap(r -> r.photoIds().stream()).toList());
                for (ProgressRow r : batch) {
                    if (r.tool() != tool) {
                        tool = r.tool();
                        indicator = null;
                        doc.section(table, tool == null ? ReportLabels.text("noItem") : ReportLabels.text("tool." + tool.name()),
                                headers.size());
                    }
                    if (r.indicator() != null && !r.indicator().equals(indicator)) {
                        indicator = r.indicator();
                        doc.section(table, indicator, headers.size());
                    }
                    List<String> values = new ArrayList<>(List.of(r.assessment(), r.weakness(), r.measure(), r.periodResult()));
                    if (report.period().isAnnual()) {
                        values.addAll(List.of(r.outcome(), r.problems(), r.recommendations()));
                    }
                    values.add(String.join("\n", r.evidence()));
                    XWPFTableRow row = doc.row(table, values);
                    doc.pictures(row.getCell(headers.size() - 1),
                            r.photoIds().stream().map(photos::get).filter(Objects::nonNull).toList(), PHOTO_BOX);
                }
            }
            doc.signatures();
            doc.paragraph(ReportLabels.text("printed", org.itaboard.base.domain.BuddhistDates.formatLong(report.printedOn())));
            doc.write(out);
        }
    }
}
