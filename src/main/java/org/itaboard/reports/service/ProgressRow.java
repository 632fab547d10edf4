package org.itaboard.reports.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.Tool;

/**
 * One measure as a row of the progress report, in the offices' columns.
 *
 * @param tool           the tool of the measure's first item, for the report's headings (null without items)
 * @param indicator      "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", the heading the row sits under
 * @param assessment     the items the measure addresses, each with its score
 * @param periodResult   the progress reported within the period, dated
 * @param photoIds       the evidence whose thumbnails are embedded
 * @param evidence       links and files, listed as text
 */
public record ProgressRow(Long measureId, Tool tool, String indicator, String assessment, String weakness,
                          String measure, String periodResult, String outcome, String problems, String recommendations,
                          List<Long> photoIds, List<String> evidence) {

    public ProgressRow {
        photoIds = List.copyOf(photoIds);
        evidence = List.copyOf(evidence);
    }
}
