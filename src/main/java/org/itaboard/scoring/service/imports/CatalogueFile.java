package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.fiscalyear.service.CatalogueEntry;
import org.itaboard.scoring.domain.ItemCodes;
import org.itaboard.scoring.domain.NormalisedCode;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.service.imports.SheetReader.SheetRow;

/**
 * A catalogue file checked row by row: columns {@code code,tool,indicator,sub_indicator,topic_th,topic_en}.
 * The tool column is the hint for reading the code, so "1๑๐" under IIT is I10 and "๐๑๓" under OIT is O13.
 */
final class CatalogueFile {

    static final List<String> REQUIRED = List.of("code", "tool", "indicator", "topic_th");
    private static final Pattern ITEM_CODE = Pattern.compile("[IEO]\\d+");
    private static final Pattern SUB_INDICATOR = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?\\.?");
    private static final int MAX_TOPIC = 2000;

    private final ImportPreview preview;
    private final List<CatalogueEntry> entries;

    private CatalogueFile(ImportPreview preview, List<CatalogueEntry> entries) {
        this.preview = preview;
        this.entries = entries;
    }

    ImportPreview preview() {
        return preview;
    }

    /** The items to save, in file order; complete only when the preview is valid. */
    List<CatalogueEntry> entries() {
        return entries;
    }

    static CatalogueFile parse(int beYear, String fileName, List<SheetRow> sheet, boolean yearHasScores) {
        FileLayout layout = FileLayout.of(sheet, REQUIRED);
        List<ImportError> fileErrors = new ArrayList<>(layout.errors());
        if (yearHasScores) {
            fileErrors.add(ImportError.ofFile("catalogue.error.hasScores", beYear));
        }
        List<ImportRow> rows = new ArrayList<>();
        List<CatalogueEntry> entries = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        int errors = fileErrors.size();
        for (SheetRow row : layout.dataRows()) {
            if (errors >= ImportPreview.MAX_ERRORS) {
                break;
            }
            RowCheck check = new RowCheck(row.number());
            Tool tool = tool(check, layout.cell(row, "tool"));
            Integer indicator = indicator(check, layout.cell(row, "indicator"), tool);
            String rawCode = layout.cell(row, "code");
            NormalisedCode code = code(check, rawCode, tool);
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code.code(), row.number());
                if (first != null) {
                    check.error("code", "import.error.duplicate", code.code(), first);
                }
            }
            String rawSub = layout.cell(row, "sub_indicator");
            String[] sub = subIndicator(check, rawSub, tool, indicator);
            String topicTh = text(check, layout.cell(row, "topic_th"), "topic_th", true);
            String topicEn = text(check, layout.cell(row, "topic_en"), "topic_en", false);
            List<ImportRow.Cell> cells = List.of(
                    new ImportRow.Cell("tool", layout.cell(row, "tool"), tool == null ? null : tool.name()),
                    new ImportRow.Cell("indicator", layout.cell(row, "indicator"), indicator == null ? null : indicator.toString()),
                    new ImportRow.Cell("sub_indicator", rawSub, sub == null ? null : sub[1] != null ? sub[1] : sub[0]),
                    new ImportRow.Cell("topic_th", layout.cell(row, "topic_th"), topicTh),
                    new ImportRow.Cell("topic_en", layout.cell(row, "topic_en"), topicEn));
            rows.add(new ImportRow(row.number(), rawCode, code == null ? null : code.code(),
                    code == null ? List.of() : CodeNotes.translate(code.note()), cells, check.errors()));
            errors += check.errors().size();
            if (check.errors().isEmpty()) {
                entries.add(new CatalogueEntry(code.code(), tool, indicator, sub == null ? null : sub[0],
                        sub == null ? null : sub[1], topicTh, topicEn.isEmpty() ? null : topicEn));
            }
        }
        return new CatalogueFile(new ImportPreview(beYear, ImportKind.CATALOGUE, fileName, rows, fileErrors,
                layout.dataRows().size() - rows.size()), entries);
    }

    private static Tool tool(RowCheck check, String raw) {
        if (raw.isEmpty()) {
            check.error("tool", "import.error.required", "tool");
            return null;
        }
        try {
            return Tool.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            check.error("tool", "import.error.tool", raw);
            return null;
        }
    }

    private static Integer indicator(RowCheck check, String raw, Tool tool) {
        if (raw.isEmpty()) {
            check.error("indicator", "import.error.required", "indicator");
            return null;
        }
        Integer number;
        try {
            number = ThaiDigits.parseInteger(raw);
        } catch (IllegalArgumentException e) {
            check.error("indicator", "import.error.notWholeNumber", raw);
            return null;
        }
        if (number < 1 || number > 10) {
            check.error("indicator", "import.error.indicatorRange", number);
            return null;
        }
        Tool expected = Tool.ofIndicator(number);
        if (tool != null && tool != expected) {
            check.error("indicator", "import.error.toolIndicatorMismatch", number, expected.name(), tool.name());
        }
        return number;
    }

    private static NormalisedCode code(RowCheck check, String raw, Tool tool) {
        if (raw.isEmpty()) {
            check.error("code", "import.error.required", "code");
            return null;
        }
        NormalisedCode code;
        try {
            code = ItemCodes.normalise(raw, tool);
        } catch (IllegalArgumentException e) {
            Tool written = toolWritten(raw);
            if (tool != null && written != null && written != tool) {
                check.error("code", "import.error.codeToolMismatch", raw, written.name(), tool.name());
            } else {
                check.error("code", "import.error.codeUnreadable", raw);
            }
            return null;
        }
        if (!ITEM_CODE.matcher(code.code()).matches()) {
            check.error("code", "import.error.aggregateInCatalogue", code.code());
            return null;
        }
        return code;
    }

    /** The tool a code names without a hint, or null when it names none or cannot be read. */
    private static Tool toolWritten(String raw) {
        try {
            String code = ItemCodes.normalise(raw).code();
            return ITEM_CODE.matcher(code).matches() ? Tool.ofPrefix(code.substring(0, 1)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return {two-level code, third level or null}, or null for IIT/EIT items and unreadable values */
    private static String[] subIndicator(RowCheck check, String raw, Tool tool, Integer indicator) {
        if (tool != Tool.OIT) {
            if (tool != null && !raw.isEmpty()) {
                check.error("sub_indicator", "import.error.subNotAllowed", raw, tool.name());
            }
            return null;
        }
        if (raw.isEmpty()) {
            check.error("sub_indicator", "import.error.required", "sub_indicator");
            return null;
        }
        Matcher m = SUB_INDICATOR.matcher(ThaiDigits.toArabic(raw));
        if (!m.matches()) {
            check.error("sub_indicator", "import.error.subFormat", raw);
            return null;
        }
        int parent = Integer.parseInt(m.group(1));
        String two = parent + "." + Integer.parseInt(m.group(2));
        String three = m.group(3) == null ? null : two + "." + Integer.parseInt(m.group(3));
        if (indicator != null && parent != indicator) {
            check.error("sub_indicator", "import.error.subOfOtherIndicator", three != null ? three : two, indicator);
            return null;
        }
        return new String[] {two, three};
    }

    private static String text(RowCheck check, String raw, String column, boolean required) {
        if (required && raw.isEmpty()) {
            check.error(column, "import.error.required", column);
        } else if (raw.length() > MAX_TOPIC) {
            check.error(column, "import.error.tooLong", column, MAX_TOPIC);
        }
        return raw;
    }
}
