package org.itaboard.scoring.service.imports;

import java.util.List;

/** What a file holds: a year's item catalogue, or its scores. Also names the template's sheet. */
public enum ImportKind {
    CATALOGUE("catalogue", List.of("code", "tool", "indicator", "sub_indicator", "topic_th", "topic_en")),
    SCORES("scores", List.of("code", "score"));

    private final String sheetName;
    private final List<String> columns;

    ImportKind(String sheetName, List<String> columns) {
        this.sheetName = sheetName;
        this.columns = columns;
    }

    /** The sheet read from an .xlsx with several sheets (such as the filled-in template). */
    public String sheetName() {
        return sheetName;
    }

    /** The columns of the file, in template order. */
    public List<String> columns() {
        return columns;
    }
}
