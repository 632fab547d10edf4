package org.itaboard.reports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.measures.service.WeakItemMeasures;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.scoring.domain.ItemResult;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.service.YearScores;

/**
 * The ITA analysis as a Word document: the ITA, each tool, indicator and item against the year before (items of the
 * same code), then the weak items with the measures set for each, as the offices' own analyses lay it out.
 */
final class AnalysisDocument {

    private final ItaAnalysis analysis;

    AnalysisDocument(ItaAnalysis analysis) {
        this.analysis = analysis;
    }

    void write(OutputStream out) throws IOException {
        YearScores current = analysis.current();
        ScoreResult now = current.result();
        Optional<ScoreResult> before = analysis.previous().map(YearScores::result);
        int be = current.year().getBeYear();
        try (WordDocument doc = new WordDocument(false)) {
            doc.title(ReportLabels.text("analysis.title"));
            doc.title(before.isPresent()
                    ? ReportLabels.text("analysis.subtitle", analysis.office(), String.valueOf(be), String.valueOf(be - 1))
                    : ReportLabels.text("analysis.noPrevious", analysis.office(), String.valueOf(be)));
            doc.paragraph("");
            doc.paragraph(ReportLabels.text("analysis.ita", text(now.ita().value()),
                    now.ita().grade() == null ? "-" : now.ita().grade().labelTh()));

            doc.heading(ReportLabels.text("analysis.tools"));
            XWPFTable tools = doc.table(comparisonHeaders(ReportLabels.text("analysis.col.name"), be));
            for (Tool tool : Tool.values()) {
                doc.row(tools, comparison(ReportLabels.text("tool." + tool.name()), now.tools().get(tool).value(),
                        before.map(b -> b.tools().get(tool).value()).orElse(null)));
            }

            doc.heading(ReportLabels.text("analysis.indicators"));
            XWPFTable indicators = doc.table(comparisonHeaders(ReportLabels.text("analysis.col.name"), be));
            for (Indicator indicator : current.catalogue().indicators()) {
                String code = "IND" + indicator.getNumber();
                doc.row(indicators, comparison(ReportLabels.text("indicator", String.valueOf(indicator.getNumber()),
                                indicator.getNameTh()), now.aggregate(code).map(AggregateScore::value).orElse(null),
                        before.flatMap(b -> b.aggregate(code)).map(AggregateScore::value).orElse(null)));
            }

            doc.heading(ReportLabels.text("analysis.items"));
            Map<String, Item> items = current.itemsByCode();
            Map<String, BigDecimal> earlier = before.map(b -> b.items().stream().filter(i -> i.score() != null)
                    .collect(Collectors.toMap(ItemResult::code, ItemResult::score))).orElse(Map.of());
            List<String> itemHeaders = new ArrayList<>(List.of(ReportLabels.text("analysis.col.code"),
                    ReportLabels.text("analysis.col.topic")));
            itemHeaders.addAll(comparisonHeaders(null, be));
            XWPFTable itemTable = doc.table(itemHeaders);
            for (ItemResult item : now.items()) {
                List<String> row = new ArrayList<>(List.of(item.code(),
                        items.containsKey(item.code()) ? items.get(item.code()).getTopicTh() : ""));
                row.addAll(comparison(null, item.score(), earlier.get(item.code())));
                doc.row(itemTable, row);
            }

            doc.heading(ReportLabels.text("analysis.weak"));
            List<WeakItemMeasures> weak = analysis.weakItems();
            boolean below = weak.stream().anyMatch(w -> w.weak().belowThreshold());
            doc.paragraph(below ? ReportLabels.text("analysis.weakRule", text(current.year().getWeakThreshold()))
                    : ReportLabels.text("analysis.weakLowest", text(current.year().getWeakThreshold()),
                            String.valueOf(current.year().getLowestN())));
            if (weak.isEmpty()) {
                doc.paragraph(ReportLabels.text("analysis.noWeak"));
            } else {
                XWPFTable weakTable = doc.table(List.of(ReportLabels.text("analysis.col.code"),
                        ReportLabels.text("analysis.col.topic"), ReportLabels.text("analysis.col.score", String.valueOf(be)),
                        ReportLabels.text("analysis.col.measures")));
                for (WeakItemMeasures w : weak) {
                    String measures = w.uncovered() ? ReportLabels.text("analysis.noMeasure") : w.measures().stream()
                            .map(m -> ReportLabels.text("analysis.measure", m.getTitle(),
                                    String.valueOf(m.getFiscalYear().getBeYear()),
                                    ReportLabels.text("status." + m.getStatus().name()), String.valueOf(m.getProgress())))
                            .collect(Collectors.joining("\n"));
                    doc.row(weakTable, List.of(w.weak().code(), w.item() == null ? "" : w.item().getTopicTh(),
                            text(w.weak().score()), measures));
                }
            }
            doc.signatures();
            doc.paragraph(ReportLabels.text("printed", org.itaboard.base.domain.BuddhistDates.formatLong(analysis.printedOn())));
            doc.write(out);
        }
    }

    /** [name,] this year, the year before, the change. */
    private static List<String> comparisonHeaders(String name, int be) {
        List<String> headers = new ArrayList<>();
        if (name != null) {
            headers.add(name);
        }
        headers.addAll(List.of(ReportLabels.text("analysis.col.score", String.valueOf(be)),
                ReportLabels.text("analysis.col.score", String.valueOf(be - 1)), ReportLabels.text("analysis.col.change")));
        return headers;
    }

    private static List<String> comparison(String name, BigDecimal now, BigDecimal before) {
        List<String> row = new ArrayList<>();
        if (name != null) {
            row.add(name);
        }
        String change = now == null || before == null ? "-"
                : (now.compareTo(before) > 0 ? "+" : "") + now.subtract(before).setScale(2, RoundingMode.HALF_UP).toPlainString();
        row.addAll(List.of(text(now), text(before), change));
        return row;
    }

    private static String text(BigDecimal score) {
        return score == null ? "-" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
