package org.itaboard.dashboard.service;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeService;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.domain.WeakItem;
import org.itaboard.scoring.service.ScoreService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The BMA's overview of every office in one fiscal year: results, weak items and late measures side by side, for
 * the BMA's analysts and the system administrator only. One year of all offices is read in a fixed number of
 * queries (offices, their years, items, printed figures, measures), not one round per office.
 */
@Service
@PreAuthorize(OfficeComparisonService.READERS)
@Transactional(readOnly = true)
public class OfficeComparisonService {

    /** Who compares the offices. */
    public static final String READERS = "hasAnyRole('BMA_ANALYST','SYSTEM_ADMIN')";

    private final OfficeService offices;
    private final FiscalYearService fiscalYears;
    private final FiscalYearRepository years;
    private final ScoreService scores;
    private final MeasureFigures measures;

    OfficeComparisonService(OfficeService offices, FiscalYearService fiscalYears, FiscalYearRepository years,
            ScoreService scores, MeasureFigures measures) {
        this.offices = offices;
        this.fiscalYears = fiscalYears;
        this.years = years;
        this.scores = scores;
        this.measures = measures;
    }

    /** Every BE year any office has, newest first: the overview's year selector. */
    public List<Integer> beYears() {
        return years.findAllBeYears();
    }

    /**
     * The year the overview opens on: the latest one up to the current fiscal year in which any office has results;
     * without results anywhere, the latest year up to the current one, else the nearest plan year. Years after the
     * current one are plans and a default only when there is nothing else.
     */
    public Optional<Integer> defaultBeYear() {
        int current = fiscalYears.currentBeYear();
        List<Integer> all = beYears();
        return years.findLatestScoredBeYearUpTo(current)
                .or(() -> all.stream().filter(be -> be <= current).findFirst())
                .or(() -> all.stream().reduce((newer, older) -> older));
    }

    /**
     * Every office with its figures of {@code beYear}, by Thai name. An office without results for the year (or
     * without the year) is listed as such, with no scores, never with zeros.
     */
    public List<OfficeRow> rows(int beYear) {
        List<Office> all = offices.visible();
        Map<Long, FiscalYear> yearOfOffice = new HashMap<>();
        years.findAllByBeYear(beYear).forEach(year -> yearOfOffice.put(year.getOffice().getId(), year));
        List<FiscalYear> shown = all.stream().map(office -> yearOfOffice.get(office.getId())).filter(Objects::nonNull)
                .toList();
        Map<Long, ScoreResult> results = scores.results(shown);
        Map<FiscalYear, List<String>> weakItemCodes = new LinkedHashMap<>();
        for (FiscalYear year : shown) {
            ScoreResult result = results.get(year.getId());
            weakItemCodes.put(year, hasResults(result) ? result.weakItems().stream().map(WeakItem::code).toList() : List.of());
        }
        Map<Long, MeasureFigures.Figures> figures = measures.of(weakItemCodes);
        return all.stream().map(office -> {
            FiscalYear year = yearOfOffice.get(office.getId());
            return year == null ? OfficeRow.withoutYear(office, beYear)
                    : row(office, beYear, results.get(year.getId()), figures.get(year.getId()));
        }).toList();
    }

    private static OfficeRow row(Office office, int beYear, ScoreResult result, MeasureFigures.Figures figures) {
        int late = figures.lateMeasures();
        Map<Tool, BigDecimal> tools = new EnumMap<>(Tool.class);
        if (!hasResults(result)) {
            return new OfficeRow(office, beYear, OfficeRow.Results.NOT_SCORED, null, null, tools, null, null, late);
        }
        result.tools().forEach((tool, score) -> tools.put(tool, score.value()));
        AggregateScore ita = result.ita();
        int weak = result.weakItems().size();
        return new OfficeRow(office, beYear, ita.value() != null ? OfficeRow.Results.SCORED : OfficeRow.Results.PARTLY_SCORED,
                ita.value(), ita.grade(), tools, weak, figures.weakItemsWithoutMeasure(), late);
    }

    /** Any item score or printed figure: a year with none has no result at all, whatever the engine returns. */
    private static boolean hasResults(ScoreResult result) {
        return result != null && (result.items().stream().anyMatch(i -> i.score() != null)
                || result.aggregates().stream().anyMatch(a -> a.value() != null));
    }
}
