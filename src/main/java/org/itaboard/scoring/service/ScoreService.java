package org.itaboard.scoring.service;

import org.itaboard.base.service.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.PublishedScore;
import org.itaboard.fiscalyear.domain.PublishedScoreRepository;
import org.itaboard.fiscalyear.service.Catalogue;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.domain.ScoreSheet;
import org.itaboard.scoring.domain.ScoredItem;
import org.itaboard.scoring.domain.ScoringEngine;
import java.util.function.Supplier;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item scores and published aggregates of a year, and what the scoring engine makes of them.
 * Every read recomputes from the stored item scores, so computed values are never stale.
 */
@Service
public class ScoreService {

    private static final String ENTITY = "Item";

    private final FiscalYearService fiscalYears;
    private final FiscalYearRepository years;
    private final ItemRepository items;
    private final PublishedScoreRepository published;
    private final OfficeAccess offices;
    private final AuditService audit;

    ScoreService(FiscalYearService fiscalYears, FiscalYearRepository years, ItemRepository items,
            PublishedScoreRepository published, OfficeAccess offices, AuditService audit) {
        this.offices = offices;
        this.fiscalYears = fiscalYears;
        this.years = years;
        this.items = items;
        this.published = published;
        this.audit = audit;
    }

    /**
     * The year {@code beYear} of the office {@code office} resolves to, with its scores ({@link #scores(FiscalYear)}),
     * all in one transaction: the office and the year are each read once (the API's summary, which scripts call
     * often). {@code office} runs inside the transaction, so the office it loads is the one the year refers to.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public YearScores scores(Supplier<Office> office, int beYear) {
        return scores(fiscalYears.get(office.get(), beYear));
    }

    /** The year's catalogue with the engine's result: computed and published side by side. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public YearScores scores(FiscalYear year) {
        Catalogue catalogue = fiscalYears.catalogue(year);
        Map<String, BigDecimal> printed = new LinkedHashMap<>();
        published.findByFiscalYear(catalogue.year()).forEach(p -> printed.put(p.getCode(), p.getScore()));
        return yearScores(catalogue, printed);
    }

    /**
     * The engine's result for each of several years, of any offices the caller may read, by year id: the same
     * result {@link #scores} gives, read in a fixed number of queries however many years there are and without
     * loading the items (the offices overview compares one year of every office).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ScoreResult> results(Collection<FiscalYear> requested) {
        List<FiscalYear> stored = years.findAllById(requested.stream().map(FiscalYear::getId).toList());
        stored.stream().map(FiscalYear::getOffice).distinct().forEach(offices::requireRead);
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ScoredItem>> itemsByYear = new HashMap<>();
        items.findScoresByFiscalYearIn(stored).forEach(i -> itemsByYear.computeIfAbsent(i.fiscalYearId(),
                id -> new ArrayList<>()).add(new ScoredItem(i.code(), i.tool(), i.indicator(), i.subIndicator(),
                        i.score())));
        Map<Long, Map<String, BigDecimal>> printedByYear = printed(stored);
        Map<Long, ScoreResult> results = new LinkedHashMap<>();
        for (FiscalYear year : stored) {
            results.put(year.getId(), ScoringEngine.compute(new ScoreSheet(itemsByYear.getOrDefault(year.getId(),
                    List.of()), printedByYear.getOrDefault(year.getId(), Map.of())), year.rules()));
        }
        return results;
    }

    /** Several years' catalogues with their results, in the order given, read in a fixed number of queries. */
    private List<YearScores> scores(List<FiscalYear> inOrder) {
        if (inOrder.isEmpty()) {
            return List.of();
        }
        Map<Long, Catalogue> catalogues = fiscalYears.catalogues(inOrder);
        Map<Long, Map<String, BigDecimal>> printedByYear = printed(inOrder);
        return inOrder.stream().map(year -> catalogues.get(year.getId()))
                .map(c -> yearScores(c, printedByYear.getOrDefault(c.year().getId(), Map.of())))
                .toList();
    }

    /** The printed figures of several years by year id, each year's in the order stored. */
    private Map<Long, Map<String, BigDecimal>> printed(Collection<FiscalYear> ofYears) {
        Map<Long, Map<String, BigDecimal>> printedByYear = new HashMap<>();
        published.findByFiscalYearIn(ofYears).forEach(p -> printedByYear.computeIfAbsent(p.getFiscalYear().getId(),
                id -> new LinkedHashMap<>()).put(p.getCode(), p.getScore()));
        return printedByYear;
    }

    /** A year's catalogue with what the engine makes of its items and printed figures, under the year's rules. */
    private static YearScores yearScores(Catalogue catalogue, Map<String, BigDecimal> printed) {
        ScoreSheet sheet = sheet(catalogue.items(), printed);
        return new YearScores(catalogue, sheet, ScoringEngine.compute(sheet, catalogue.year().rules()));
    }

    /** The engine's input for a year's items (in catalogue order) and printed figures. */
    private static ScoreSheet sheet(List<Item> catalogueItems, Map<String, BigDecimal> printed) {
        List<ScoredItem> scored = catalogueItems.stream()
                .map(i -> new ScoredItem(i.getCode(), i.getTool(), i.getIndicator().getNumber(),
                        i.getSubIndicator() == null ? null : i.getSubIndicator().getCode(), i.getScore()))
                .toList();
        return new ScoreSheet(scored, printed);
    }

    /**
     * ITA and tool scores of the office's years up to the current one, oldest first, for the trend charts:
     * the years after it are plans without results.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<YearScores> history(Office office) {
        int current = fiscalYears.currentBeYear();
        return scores(fiscalYears.findAll(office).stream().filter(y -> y.getBeYear() <= current).toList());
    }

    /** Every year of the office with its scores, plans included, oldest first: the years page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<YearScores> allYears(Office office) {
        return scores(fiscalYears.findAll(office));
    }

    /** One item as stored now, e.g. to show the row again after someone else changed it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Item item(Long itemId) {
        Item item = items.findById(itemId).orElseThrow(() -> new RecordNotFoundException());
        offices.requireRead(item.getFiscalYear().getOffice());
        return item;
    }

    /** Sets or clears (null) one item's score; {@code expectedVersion} refuses a save over someone else's. */
    @Transactional
    @PreAuthorize(FiscalYearService.WRITERS)
    public Item setItemScore(Long itemId, long expectedVersion, BigDecimal score) {
        Item item = items.findById(itemId).orElseThrow(() -> new RecordNotFoundException());
        offices.requireWrite(item.getFiscalYear().getOffice());
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Item.class, itemId);
        }
        checkRange(score, item.getCode());
        BigDecimal before = item.getScore();
        item.setScore(score == null ? null : score.setScale(2, RoundingMode.HALF_UP));
        audit.record(ENTITY, itemId, "scoreChanged", List.of(FieldChange.of("score", before, item.getScore())));
        return items.saveAndFlush(item);
    }

    /** Sets or removes (null) a printed aggregate such as ITA, OIT, IND6 or SUB9.1. */
    @Transactional
    @PreAuthorize(FiscalYearService.WRITERS)
    public void setPublished(FiscalYear target, String code, BigDecimal score) {
        FiscalYear year = fiscalYears.reload(target);
        offices.requireWrite(year.getOffice());
        checkRange(score, code);
        var existing = published.findByFiscalYearAndCode(year, code);
        BigDecimal before = existing.map(PublishedScore::getScore).orElse(null);
        if (score == null) {
            existing.ifPresent(published::delete);
        } else if (existing.isPresent()) {
            existing.get().setScore(score);
        } else {
            published.save(new PublishedScore(year, code, score));
        }
        audit.record("FiscalYear", year.getId(), "publishedScoreChanged", List.of(FieldChange.of(code, before, score)));
    }

    /**
     * What {@link #replaceScores} with these scores would change in the year's stored scores; saves nothing.
     * Scores are compared as stored (two decimals).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(FiscalYearService.WRITERS)
    public ScoreReplacement replacement(FiscalYear target, Map<String, BigDecimal> itemScores,
            Map<String, BigDecimal> publishedScores) {
        FiscalYear year = fiscalYears.reload(target);
        offices.requireRead(year.getOffice());
        List<ScoreReplacement.Change> changed = new ArrayList<>();
        List<ScoreReplacement.Change> disappearing = new ArrayList<>();
        List<ScoreReplacement.Change> dropped = new ArrayList<>();
        for (Item item : items.findByFiscalYearOrderBySortOrderAsc(year)) {
            BigDecimal after = stored(itemScores.get(item.getCode()));
            if (item.getScore() != null && after == null) {
                disappearing.add(new ScoreReplacement.Change(item.getCode(), item.getScore(), null));
            } else if (item.getScore() != null && !sameScore(item.getScore(), after)) {
                changed.add(new ScoreReplacement.Change(item.getCode(), item.getScore(), after));
            }
        }
        for (PublishedScore old : published.findByFiscalYear(year)) {
            BigDecimal after = stored(publishedScores.get(old.getCode()));
            if (after == null) {
                dropped.add(new ScoreReplacement.Change(old.getCode(), old.getScore(), null));
            } else if (!sameScore(old.getScore(), after)) {
                changed.add(new ScoreReplacement.Change(old.getCode(), old.getScore(), after));
            }
        }
        return new ScoreReplacement(changed, disappearing, dropped);
    }

    private static BigDecimal stored(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Replaces all scores of a year at once, as an import does: afterwards the year's item scores and printed
     * aggregates are exactly {@code itemScores} and {@code publishedScores}; items missing from
     * {@code itemScores} become "not scored". Every code must already be known to be valid (an item of the
     * year's catalogue, or an aggregate code).
     */
    @Transactional
    @PreAuthorize(FiscalYearService.WRITERS)
    public void replaceScores(FiscalYear target, Map<String, BigDecimal> itemScores,
            Map<String, BigDecimal> publishedScores) {
        FiscalYear year = fiscalYears.reload(target);
        offices.requireWrite(year.getOffice());
        List<FieldChange> changes = new ArrayList<>();
        List<Item> catalogue = items.findByFiscalYearOrderBySortOrderAsc(year);
        Set<String> known = new HashSet<>();
        for (Item item : catalogue) {
            known.add(item.getCode());
            BigDecimal score = itemScores.get(item.getCode());
            checkRange(score, item.getCode());
            BigDecimal after = score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
            if (!sameScore(item.getScore(), after)) {
                changes.add(FieldChange.of(item.getCode(), item.getScore(), after));
                item.setScore(after);
            }
        }
        itemScores.keySet().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new BusinessRuleException("import.error.unknownCode", code);
        });
        Map<String, PublishedScore> before = new LinkedHashMap<>();
        published.findByFiscalYear(year).forEach(p -> before.put(p.getCode(), p));
        for (PublishedScore old : before.values()) {
            if (!publishedScores.containsKey(old.getCode())) {
                changes.add(FieldChange.of(old.getCode(), old.getScore(), null));
                published.delete(old);
            }
        }
        publishedScores.forEach((code, score) -> {
            checkRange(score, code);
            BigDecimal after = score.setScale(2, RoundingMode.HALF_UP);
            PublishedScore old = before.get(code);
            if (old == null) {
                changes.add(FieldChange.of(code, null, after));
                published.save(new PublishedScore(year, code, after));
            } else if (!sameScore(old.getScore(), after)) {
                changes.add(FieldChange.of(code, old.getScore(), after));
                old.setScore(after);
            }
        });
        items.flush();
        audit.record("FiscalYear", year.getId(), "scoresImported", changes);
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static void checkRange(BigDecimal score, String code) {
        if (score != null && (score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0)) {
            throw new BusinessRuleException("score.error.range", code);
        }
    }

}
