package org.itaboard.scoring.domain;

import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes an office's ITA result from its item scores, bottom-up, each level rounded half-up to two decimals
 * before the next is computed from it:
 * <ul>
 * <li>OIT sub-indicator = mean of its items; OIT indicator = mean of its sub-indicators, never of its items;</li>
 * <li>IIT/EIT indicator = mean of its items;</li>
 * <li>tool = mean of its indicators or of its items, per {@link ToolAggregation};</li>
 * <li>weighted score = weight · tool / 100, rounded like every level; ITA = Σ weighted scores, as the reports'
 * table 1 adds them (rounding only the sum is 0.01 off in some years).</li>
 * </ul>
 * Unscored values are left out of every mean. A level none of whose parts is scored takes the figure printed in
 * the report ({@link Source#PUBLISHED}); the ITA is computed only when all three tools have a value, because
 * re-spreading the weights over fewer tools would be a different assessment.
 */
public final class ScoringEngine {

    private static final Pattern INDICATOR = Pattern.compile("IND(\\d+)");
    private static final Pattern SUB_INDICATOR = Pattern.compile("SUB((\\d+)\\.\\d+)");
    private static final Comparator<String> SUB_ORDER = Comparator
            .<String>comparingInt(s -> Integer.parseInt(s.split("\\.")[0]))
            .thenComparingInt(s -> Integer.parseInt(s.split("\\.")[1]));
    private static final Comparator<ScoredItem> ITEM_ORDER = Comparator
            .comparing(ScoredItem::tool).thenComparing(ScoredItem::code, ItemCodes.NATURAL_ORDER);

    private ScoringEngine() {
    }

    /**
     * @throws IllegalArgumentException for a sheet that contradicts itself: an item code twice, an indicator
     *                                  with items of two tools, a published code that is not an aggregate
     */
    public static ScoreResult compute(ScoreSheet sheet, ScoringRules rules) {
        List<ScoredItem> items = sheet.items().stream().sorted(ITEM_ORDER).toList();
        Map<String, BigDecimal> published = sheet.published();
        GradeScheme scheme = rules.gradeScheme();

        Map<Integer, Tool> indicatorTools = indicatorTools(items, published);

        Map<String, List<BigDecimal>> subItemScores = new TreeMap<>(SUB_ORDER);
        items.stream().filter(i -> i.tool() == Tool.OIT).forEach(i ->
                subItemScores.computeIfAbsent(i.scoringSubIndicator(), k -> new ArrayList<>()).add(i.score()));
        for (String key : published.keySet()) {
            Matcher m = SUB_INDICATOR.matcher(key);
            if (m.matches()) {
                subItemScores.computeIfAbsent(m.group(1), k -> new ArrayList<>());
            }
        }
        Map<String, AggregateScore> subIndicators = new LinkedHashMap<>();
        subItemScores.forEach((sub, scores) -> subIndicators.put(sub,
                AggregateScore.of("SUB" + sub, Scores.mean(scores), published.get("SUB" + sub), scheme)));

        Map<Integer, AggregateScore> indicators = new LinkedHashMap<>();
        indicatorTools.forEach((indicator, tool) -> {
            List<BigDecimal> parts = tool == Tool.OIT
                    ? subIndicators.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(indicator + "."))
                            .map(e -> e.getValue().value()).toList()
                    : items.stream().filter(i -> i.indicator() == indicator).map(ScoredItem::score).toList();
            indicators.put(indicator, AggregateScore.of("IND" + indicator, Scores.mean(parts),
                    published.get("IND" + indicator), scheme));
        });

        Map<Tool, AggregateScore> tools = new EnumMap<>(Tool.class);
        Map<Tool, BigDecimal> toolValues = new EnumMap<>(Tool.class);
        Map<Tool, WeightedScore> weighted = new EnumMap<>(Tool.class);
        for (Tool tool : Tool.values()) {
            List<BigDecimal> parts = rules.toolAggregation() == ToolAggregation.MEAN_OF_INDICATORS
                    ? indicatorTools.entrySet().stream().filter(e -> e.getValue() == tool)
                            .map(e -> indicators.get(e.getKey()).value()).toList()
                    : items.stream().filter(i -> i.tool() == tool).map(ScoredItem::score).toList();
            AggregateScore score = AggregateScore.of(tool.name(), Scores.mean(parts), published.get(tool.name()), scheme);
            tools.put(tool, score);
            if (score.value() != null) {
                toolValues.put(tool, score.value());
            }
            BigDecimal weight = rules.weights().get(tool);
            weighted.put(tool, new WeightedScore(weight,
                    score.value() == null ? null : Scores.round(weight.multiply(score.value()).movePointLeft(2))));
        }

        AggregateScore ita = AggregateScore.ungraded("ITA", weightedIta(weighted), published.get("ITA"));
        ita = ita.withGrade(scheme.gradeIta(ita.value(), toolValues));

        List<ItemResult> itemResults = items.stream().map(i -> new ItemResult(i.code(), i.tool(), i.indicator(),
                i.subIndicator(), i.score(), scheme.gradeOf(i.score()))).toList();

        return new ScoreResult(ita, tools, weighted, List.copyOf(indicators.values()), List.copyOf(subIndicators.values()),
                itemResults, weakItems(items, rules));
    }

    private static Map<Integer, Tool> indicatorTools(List<ScoredItem> items, Map<String, BigDecimal> published) {
        Map<Integer, Tool> tools = new TreeMap<>();
        Set<String> codes = new HashSet<>();
        for (ScoredItem item : items) {
            if (!codes.add(item.code())) {
                throw new IllegalArgumentException("Item " + item.code() + " appears twice");
            }
            Tool known = tools.putIfAbsent(item.indicator(), item.tool());
            if (known != null && known != item.tool()) {
                throw new IllegalArgumentException("Indicator " + item.indicator() + " has items of both " + known
                        + " and " + item.tool());
            }
        }
        for (String key : published.keySet()) {
            Matcher ind = INDICATOR.matcher(key);
            Matcher sub = SUB_INDICATOR.matcher(key);
            if (ind.matches() || sub.matches()) {
                int indicator = Integer.parseInt(ind.matches() ? ind.group(1) : sub.group(2));
                Tool tool = tools.computeIfAbsent(indicator, Tool::ofIndicator);
                if (sub.matches() && tool != Tool.OIT) {
                    throw new IllegalArgumentException("Sub-indicators exist only in OIT, but " + key + " belongs to " + tool);
                }
            } else if (!key.equals("ITA") && List.of(Tool.values()).stream().noneMatch(t -> t.name().equals(key))) {
                throw new IllegalArgumentException("Published score \"" + key + "\" is not an aggregate code"
                        + " (ITA, IIT, EIT, OIT, IND1…, SUB9.1…)");
            }
        }
        return tools;
    }

    /** The sum of the rounded weighted scores, or null unless all three tools are scored. */
    private static BigDecimal weightedIta(Map<Tool, WeightedScore> weighted) {
        if (weighted.values().stream().anyMatch(w -> w.value() == null)) {
            return null;
        }
        return weighted.values().stream().map(WeightedScore::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Items strictly below the threshold, lowest first; when none is, the lowest N, because executives still
     * want to see where to improve. Unscored items are never weak.
     */
    private static List<WeakItem> weakItems(List<ScoredItem> items, ScoringRules rules) {
        List<ScoredItem> lowestFirst = items.stream().filter(i -> i.score() != null)
                .sorted(Comparator.comparing(ScoredItem::score).thenComparing(ScoredItem::code, ItemCodes.NATURAL_ORDER))
                .toList();
        List<WeakItem> below = lowestFirst.stream()
                .filter(i -> i.score().compareTo(rules.weakThreshold()) < 0)
                .map(i -> new WeakItem(i.code(), i.tool(), i.score(), true)).toList();
        if (!below.isEmpty()) {
            return below;
        }
        return lowestFirst.stream().limit(rules.lowestN())
                .map(i -> new WeakItem(i.code(), i.tool(), i.score(), false)).toList();
    }
}
