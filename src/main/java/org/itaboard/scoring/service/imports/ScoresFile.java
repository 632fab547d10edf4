package org.itaboard.scoring.service.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.scoring.domain.ItemCodes;
import org.itaboard.scoring.domain.NormalisedCode;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.service.imports.SheetReader.SheetRow;

/**
 * A scores file checked row by row: columns {@code code,score}, where the code is an item of the year's
 * catalogue or a printed aggregate (ITA, IIT, EIT, OIT, IND1…IND10, SUB9.1…). A blank score means "not
 * scored". Codes that need a tool to be read ("1๑๐") take it from the catalogue when only one reading
 * names one of its items.
 */
final class ScoresFile {

    static final List<String> REQUIRED = List.of("code", "score");
    private static final Pattern ITEM_CODE = Pattern.compile("[IEO]\\d+");
    private static final Pattern SUB_CODE = Pattern.compile("SUB(\\d+)\\.\\d+");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ImportPreview preview;
    private final Map<String, BigDecimal> itemScores;
    private final Map<String, BigDecimal> publishedScores;

    private ScoresFile(ImportPreview preview, Map<String, BigDecimal> itemScores, Map<String, BigDecimal> publishedScores) {
        this.preview = preview;
        this.itemScores = itemScores;
        this.publishedScores = publishedScores;
    }

    ImportPreview preview() {
        return preview;
    }

    Map<String, BigDecimal> itemScores() {
        return itemScores;
    }

    Map<String, BigDecimal> publishedScores() {
        return publishedScores;
    }

    /** @param catalogue the year's item codes with their tools */
    static ScoresFile parse(int beYear, String fileName, List<SheetRow> sheet, Map<String, Tool> catalogue) {
        FileLayout layout = FileLayout.of(sheet, REQUIRED);
        List<ImportRow> rows = new ArrayList<>();
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        int errors = 0;
        for (SheetRow row : layout.dataRows()) {
            if (errors >= ImportPreview.MAX_ERRORS) {
                break;
            }
            RowCheck check = new RowCheck(row.number());
            String rawCode = layout.cell(row, "code");
            List<ImportMessage> notes = new ArrayList<>();
            String code = code(check, rawCode, catalogue, notes);
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.number());
                if (first != null) {
                    check.error("code", "import.error.duplicate", code, first);
                }
            }
            String rawScore = layout.cell(row, "score");
            BigDecimal score = score(check, rawScore);
            rows.add(new ImportRow(row.number(), rawCode, code, notes,
                    List.of(new ImportRow.Cell("score", rawScore, score == null ? "" : score.toPlainString())),
                    check.errors()));
            errors += check.errors().size();
            if (check.errors().isEmpty()) {
                if (ITEM_CODE.matcher(code).matches()) {
                    items.put(code, score);
                } else if (score != null) {
                    published.put(code, score);
                }
            }
        }
        return new ScoresFile(new ImportPreview(beYear, ImportKind.SCORES, fileName, rows, layout.errors(),
                layout.dataRows().size() - rows.size()), items, published);
    }

    private static String code(RowCheck check, String raw, Map<String, Tool> catalogue, List<ImportMessage> notes) {
        if (raw.isEmpty()) {
            check.error("code", "import.error.required", "code");
            return null;
        }
        NormalisedCode normalised;
        try {
            normalised = ItemCodes.normalise(raw);
            notes.addAll(CodeNotes.translate(normalised.note()));
        } catch (IllegalArgumentException needsTool) {
            List<NormalisedCode> readings = catalogueReadings(raw, catalogue);
            if (readings.size() != 1) {
                check.error("code", readings.isEmpty() ? "import.error.codeUnreadable" : "import.error.codeAmbiguous",
                        raw, String.join(", ", readings.stream().map(NormalisedCode::code).toList()));
                return null;
            }
            normalised = readings.get(0);
            notes.addAll(CodeNotes.translate(normalised.note()));
            notes.add(ImportMessage.of("import.note.toolFromCatalogue"));
        }
        String code = normalised.code();
        if (ITEM_CODE.matcher(code).matches()) {
            if (!catalogue.containsKey(code)) {
                check.error("code", catalogue.isEmpty() ? "import.error.noCatalogue" : "import.error.unknownCode", code);
            }
        } else if (code.startsWith("SUB")) {
            var m = SUB_CODE.matcher(code);
            if (!m.matches()) {
                check.error("code", "import.error.thirdLevelScore", code);
            } else if (Tool.ofIndicator(Integer.parseInt(m.group(1))) != Tool.OIT) {
                check.error("code", "import.error.subNotOit", code);
            }
        }
        return code;
    }

    /** The readings of a code that needs a tool, one per tool that makes it an item of the catalogue. */
    private static List<NormalisedCode> catalogueReadings(String raw, Map<String, Tool> catalogue) {
        List<NormalisedCode> readings = new ArrayList<>();
        for (Tool tool : Tool.values()) {
            try {
                NormalisedCode reading = ItemCodes.normalise(raw, tool);
                if (catalogue.get(reading.code()) == tool) {
                    readings.add(reading);
                }
            } catch (IllegalArgumentException notThisTool) {
                // this tool gives no reading; another may
            }
        }
        return readings;
    }

    private static BigDecimal score(RowCheck check, String raw) {
        BigDecimal score;
        try {
            score = ThaiDigits.parseNumber(raw);
        } catch (IllegalArgumentException e) {
            check.error("score", "import.error.notNumber", raw);
            return null;
        }
        if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
            check.error("score", "import.error.range", score.toPlainString());
        }
        return score;
    }
}
