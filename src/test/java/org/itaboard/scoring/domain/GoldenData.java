package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.Tool;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaboard.base.domain.Csv;
import org.itaboard.base.domain.ThaiDigits;

/** Score sheets read from the real offices' CSVs in src/test/resources/golden. */
final class GoldenData {

    private GoldenData() {
    }

    static List<Map<String, String>> rows(String file) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(GoldenData.class.getResourceAsStream("/golden/" + file), file),
                StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wang Thonglang FY 2565: all 88 items and every published aggregate except the display-only third level. */
    static ScoreSheet wangThonglang2565() {
        List<ScoredItem> items = rows("wangthonglang-2565-items.csv").stream()
                .filter(r -> r.get("fy_be").equals("2565"))
                .map(r -> new ScoredItem(r.get("code"), Tool.valueOf(r.get("tool")), Integer.parseInt(r.get("indicator")),
                        blankToNull(r.get("sub_indicator")), ThaiDigits.parseNumber(r.get("score"))))
                .toList();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (Map<String, String> r : rows("wangthonglang-2565-aggregates.csv")) {
            String code = switch (r.get("level")) {
                case "total", "tool" -> r.get("code");
                case "indicator" -> "IND" + r.get("code");
                case "sub" -> "SUB" + r.get("code");
                default -> null;
            };
            if (code != null) {
                published.put(code, ThaiDigits.parseNumber(r.get("score")));
            }
        }
        return new ScoreSheet(items, published);
    }

    /** Published grades of Wang Thonglang 2565 aggregates, keyed like the published scores. */
    static Map<String, String> wangThonglang2565Grades() {
        Map<String, String> grades = new LinkedHashMap<>();
        for (Map<String, String> r : rows("wangthonglang-2565-aggregates.csv")) {
            String prefix = switch (r.get("level")) {
                case "indicator" -> "IND";
                case "sub" -> "SUB";
                default -> "";
            };
            if (!r.get("level").equals("subsub")) {
                grades.put(prefix + r.get("code"), r.get("grade"));
            }
        }
        return grades;
    }

    /** Nong Chok FY 2567: IIT/EIT item scores, OIT items without scores, printed aggregates. */
    static ScoreSheet nongChok2567() {
        List<ScoredItem> items = new ArrayList<>();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (Map<String, String> r : rows("nongchok-2567-results-2568-plan.csv")) {
            BigDecimal score = ThaiDigits.parseNumber(r.get("score"));
            if (r.get("level").equals("item")) {
                items.add(new ScoredItem(r.get("code"), Tool.valueOf(r.get("tool")), Integer.parseInt(r.get("indicator")),
                        blankToNull(r.get("sub_indicator")), score));
            } else if (score != null) {
                published.put(r.get("code"), score);
            }
        }
        return new ScoreSheet(items, published);
    }

    /**
     * Khan Na Yao FY 2567 (seed 000 rows only): item codes read from the codes as printed, and OIT printed only
     * as ranges ("O1 – O22" = 100), taken as the published indicator scores.
     */
    static ScoreSheet khanNaYao2567() {
        List<ScoredItem> items = new ArrayList<>();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (Map<String, String> r : rows("khannayao-2567-and-agency004-items.csv")) {
            if (!r.get("office").contains("Khan Na Yao")) {
                continue;
            }
            Tool tool = Tool.valueOf(r.get("tool"));
            BigDecimal score = ThaiDigits.parseNumber(r.get("score"));
            if (tool == Tool.OIT) {
                published.put("IND" + r.get("indicator"), score);
            } else {
                String code = ItemCodes.normalise(r.get("code_as_printed"), tool).code();
                items.add(new ScoredItem(code, tool, Integer.parseInt(r.get("indicator")), null, score));
            }
        }
        return new ScoreSheet(items, published);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
