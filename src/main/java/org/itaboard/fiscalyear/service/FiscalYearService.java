package org.itaboard.fiscalyear.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.IndicatorRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.PublishedScoreRepository;
import org.itaboard.fiscalyear.domain.StandardIndicators;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.domain.SubIndicatorRepository;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fiscal years of an office, their settings and their item catalogues. Everyone reads their own office's (the
 * BMA's analysts every office's); COORDINATOR and ADMIN change their own office's.
 */
@Service
public class FiscalYearService {

    public static final String WRITERS = "hasAnyRole('COORDINATOR','ADMIN')";
    private static final String ENTITY = "FiscalYear";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final FiscalYearRepository years;
    private final IndicatorRepository indicators;
    private final SubIndicatorRepository subIndicators;
    private final ItemRepository items;
    private final PublishedScoreRepository published;
    private final OfficeAccess offices;
    private final AuditService audit;
    private final Clock clock;

    FiscalYearService(FiscalYearRepository years, IndicatorRepository indicators, SubIndicatorRepository subIndicators,
            ItemRepository items, PublishedScoreRepository published, OfficeAccess offices, AuditService audit,
            Clock clock) {
        this.years = years;
        this.indicators = indicators;
        this.subIndicators = subIndicators;
        this.items = items;
        this.published = published;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The fiscal year today falls in (1 October starts the next BE year). */
    public int currentBeYear() {
        return BuddhistDates.fiscalYearOf(LocalDate.now(clock));
    }

    /** Whether the signed-in user may change the office's years, catalogues and scores (the screens ask before offering it). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayChange(Office office) {
        return (offices.hasRole(Role.COORDINATOR) || offices.hasRole(Role.ADMIN)) && offices.mayWrite(office);
    }

    /** The office's years, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FiscalYear> findAll(Office office) {
        offices.requireRead(office);
        return years.findByOfficeOrderByBeYearAsc(office);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<FiscalYear> find(Office office, int beYear) {
        offices.requireRead(office);
        return years.findByOfficeAndBeYear(office, beYear);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public FiscalYear get(Office office, int beYear) {
        return find(office, beYear).orElseThrow(() -> new BusinessRuleException("year.error.notFound", beYear));
    }

    /**
     * The one place that decides which of the office's years a page shows: the year asked for (refused when
     * the office has no such year), otherwise the default for the page's purpose (see {@link YearPurpose}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public YearInView inView(Office office, Integer requestedBeYear, YearPurpose purpose) {
        List<FiscalYear> all = findAll(office);
        if (requestedBeYear != null) {
            FiscalYear asked = all.stream().filter(y -> y.getBeYear() == requestedBeYear).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("year.error.notFound", requestedBeYear));
            return new YearInView(office, Optional.of(asked), all);
        }
        int current = currentBeYear();
        Optional<FiscalYear> work = all.stream().filter(y -> y.getBeYear() <= current)
                .max(java.util.Comparator.comparingInt(FiscalYear::getBeYear));
        Optional<FiscalYear> shown = purpose == YearPurpose.SCORES
                ? years.findScoredUpTo(office, current, Limit.of(1)).stream().findFirst().or(() -> work)
                : work;
        return new YearInView(office, shown, all);
    }

    /**
     * The year, read again and locked until the caller's transaction ends: imports into one year run one after the
     * other instead of colliding on the scores' unique codes (the second sees what the first saved).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(WRITERS)
    public FiscalYear lockForChange(FiscalYear year) {
        FiscalYear stored = years.findForChangeById(year.getId()).orElseThrow(() -> new BusinessRuleException(
                "year.error.notFound", year.getBeYear()));
        offices.requireWrite(stored.getOffice());
        return stored;
    }

    /** The stored year behind {@code year}, after checking the caller may read its office. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public FiscalYear reload(FiscalYear year) {
        FiscalYear stored = years.findById(year.getId()).orElseThrow(() -> new BusinessRuleException("year.error.notFound",
                year.getBeYear()));
        offices.requireRead(stored.getOffice());
        return stored;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Catalogue catalogue(FiscalYear year) {
        FiscalYear stored = reload(year);
        return new Catalogue(stored, indicators.findByFiscalYearOrderByNumber(stored), subIndicators.findByFiscalYear(stored),
                items.findByFiscalYearOrderBySortOrderAsc(stored));
    }

    /**
     * The catalogues of several years, of any offices the caller may read, by year id: the same {@link #catalogue}
     * gives each, read in a fixed number of queries however many years there are (an office's trend, its years page).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Catalogue> catalogues(Collection<FiscalYear> requested) {
        List<FiscalYear> stored = years.findAllById(requested.stream().map(FiscalYear::getId).toList());
        stored.stream().map(FiscalYear::getOffice).distinct().forEach(offices::requireRead);
        if (stored.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Indicator>> indicatorsByYear = new HashMap<>();
        indicators.findByFiscalYearIn(stored).forEach(i -> indicatorsByYear.computeIfAbsent(i.getFiscalYear().getId(),
                id -> new ArrayList<>()).add(i));
        Map<Long, List<SubIndicator>> subsByYear = new HashMap<>();
        subIndicators.findByFiscalYearIn(stored).forEach(s -> subsByYear.computeIfAbsent(
                s.getIndicator().getFiscalYear().getId(), id -> new ArrayList<>()).add(s));
        Map<Long, List<Item>> itemsByYear = new HashMap<>();
        items.findByFiscalYearInOrderBySortOrderAsc(stored).forEach(i -> itemsByYear.computeIfAbsent(
                i.getFiscalYear().getId(), id -> new ArrayList<>()).add(i));
        Map<Long, Catalogue> catalogues = new LinkedHashMap<>();
        for (FiscalYear year : stored) {
            Long id = year.getId();
            catalogues.put(id, new Catalogue(year, indicatorsByYear.getOrDefault(id, List.of()),
                    subsByYear.getOrDefault(id, List.of()), itemsByYear.getOrDefault(id, List.of())));
        }
        return catalogues;
    }

    /** Creates or updates a year's settings in the user's own office; the weights must add up to 100. */
    @Transactional
    @PreAuthorize(WRITERS)
    public FiscalYear save(FiscalYear year) {
        if (year.getOffice() == null) {
            year.setOffice(offices.requireOwnOffice());
        }
        offices.requireWrite(year.getOffice());
        validate(year);
        Optional<FiscalYear> sameYear = years.findByOfficeAndBeYear(year.getOffice(), year.getBeYear());
        if (sameYear.isPresent() && !sameYear.get().getId().equals(year.getId())) {
            throw new BusinessRuleException("year.error.exists", year.getBeYear());
        }
        if (!year.isNew()) {
            years.findById(year.getId()).ifPresent(stored -> offices.requireWrite(stored.getOffice()));
        }
        List<FieldChange> changes = new java.util.ArrayList<>();
        sameYear.ifPresent(before -> {
            FieldChange.collect(changes, "weights", weights(before), weights(year));
            FieldChange.collect(changes, "toolAggregation", before.getToolAggregation(), year.getToolAggregation());
            FieldChange.collect(changes, "gradeScheme", before.getGradeScheme(), year.getGradeScheme());
            FieldChange.collect(changes, "weakThreshold", plain(before.getWeakThreshold()), plain(year.getWeakThreshold()));
            FieldChange.collect(changes, "lowestN", before.getLowestN(), year.getLowestN());
            FieldChange.collect(changes, "sourceLabel", before.getSourceLabel(), year.getSourceLabel());
            FieldChange.collect(changes, "nationalAverage", plain(before.getNationalAverage()),
                    plain(year.getNationalAverage()));
        });
        boolean created = year.isNew();
        FiscalYear saved = years.saveAndFlush(year);
        audit.record(ENTITY, saved.getId(), created ? "created" : "updated", changes);
        return saved;
    }

    /**
     * Starts year {@code newBeYear} of the same office from {@code from}: the same settings and catalogue, no
     * scores. The coordinator then edits what the NACC changed.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public FiscalYear copyYear(FiscalYear fromYear, int newBeYear) {
        FiscalYear from = reload(fromYear);
        Office office = from.getOffice();
        offices.requireWrite(office);
        if (years.findByOfficeAndBeYear(office, newBeYear).isPresent()) {
            throw new BusinessRuleException("year.error.exists", newBeYear);
        }
        FiscalYear year = new FiscalYear(office, newBeYear);
        year.copySettingsFrom(from);
        year.setSourceLabel(null);
        years.save(year);
        Map<Long, Indicator> indicatorCopies = new HashMap<>();
        for (Indicator indicator : indicators.findByFiscalYearOrderByNumber(from)) {
            indicatorCopies.put(indicator.getId(), indicators.save(new Indicator(year, indicator.getTool(),
                    indicator.getNumber(), indicator.getNameTh(), indicator.getNameEn())));
        }
        Map<Long, SubIndicator> subCopies = new HashMap<>();
        for (SubIndicator sub : subIndicators.findByFiscalYear(from)) {
            subCopies.put(sub.getId(), subIndicators.save(new SubIndicator(indicatorCopies.get(sub.getIndicator().getId()),
                    sub.getCode(), sub.getNameTh(), sub.getNameEn())));
        }
        for (Item item : items.findByFiscalYearOrderBySortOrderAsc(from)) {
            Item copy = new Item(year, item.getCode(), indicatorCopies.get(item.getIndicator().getId()),
                    item.getSubIndicator() == null ? null : subCopies.get(item.getSubIndicator().getId()),
                    item.getTopicTh(), item.getTopicEn(), item.getSortOrder());
            copy.setThirdLevel(item.getThirdLevel());
            items.save(copy);
        }
        audit.record(ENTITY, year.getId(), "copiedFrom", List.of(FieldChange.of("fiscalYear", from.getBeYear(), newBeYear)));
        return year;
    }

    /** True when any item score or printed aggregate has been entered for the year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean hasScores(FiscalYear year) {
        FiscalYear stored = reload(year);
        return items.existsByFiscalYearAndScoreIsNotNull(stored) || published.existsByFiscalYear(stored);
    }

    /**
     * Replaces the year's whole catalogue with {@code entries} (in their order). Refused once the year has
     * scores: they would silently lose the items they belong to. Indicator names the year already had are
     * kept; new ones take the NACC's standard names.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public Catalogue replaceCatalogue(FiscalYear target, List<CatalogueEntry> entries) {
        FiscalYear year = reload(target);
        offices.requireWrite(year.getOffice());
        if (hasScores(year)) {
            throw new BusinessRuleException("catalogue.error.hasScores", year.getBeYear());
        }
        Map<Integer, Indicator> oldIndicators = new HashMap<>();
        indicators.findByFiscalYearOrderByNumber(year).forEach(i -> oldIndicators.put(i.getNumber(), i));
        Map<String, SubIndicator> oldSubs = new HashMap<>();
        subIndicators.findByFiscalYear(year).forEach(s -> oldSubs.put(s.getCode(), s));
        int before = items.findByFiscalYearOrderBySortOrderAsc(year).size();
        items.deleteByFiscalYear(year);
        items.flush();
        subIndicators.deleteAll(oldSubs.values());
        subIndicators.flush();
        indicators.deleteByFiscalYear(year);
        indicators.flush();

        Map<Integer, Indicator> newIndicators = new HashMap<>();
        Map<String, SubIndicator> newSubs = new HashMap<>();
        int order = 0;
        for (CatalogueEntry entry : entries) {
            Indicator indicator = newIndicators.computeIfAbsent(entry.indicator(), n -> {
                Indicator old = oldIndicators.get(n);
                String key = String.valueOf(n);
                return indicators.save(new Indicator(year, entry.tool(), n,
                        old != null ? old.getNameTh() : StandardIndicators.nameTh(key),
                        old != null ? old.getNameEn() : StandardIndicators.nameEn(key)));
            });
            SubIndicator sub = entry.subIndicator() == null ? null : newSubs.computeIfAbsent(entry.subIndicator(), code -> {
                SubIndicator old = oldSubs.get(code);
                return subIndicators.save(new SubIndicator(indicator, code,
                        old != null ? old.getNameTh() : StandardIndicators.nameTh(code),
                        old != null ? old.getNameEn() : StandardIndicators.nameEn(code)));
            });
            Item item = new Item(year, entry.code(), indicator, sub, entry.topicTh(), entry.topicEn(), ++order);
            item.setThirdLevel(entry.thirdLevel());
            items.save(item);
        }
        items.flush();
        audit.record(ENTITY, year.getId(), "catalogueReplaced", List.of(FieldChange.of("items", before, entries.size())));
        return catalogue(year);
    }

    private static void validate(FiscalYear year) {
        for (BigDecimal weight : List.of(year.getWeightIit(), year.getWeightEit(), year.getWeightOit())) {
            if (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
                throw new BusinessRuleException("year.error.weight");
            }
        }
        if (year.getSourceLabel() != null && year.getSourceLabel().length() > FiscalYear.MAX_SOURCE_LABEL) {
            throw new BusinessRuleException("year.error.sourceLabelTooLong", FiscalYear.MAX_SOURCE_LABEL,
                    year.getSourceLabel().length());
        }
        BigDecimal sum = year.getWeightIit().add(year.getWeightEit()).add(year.getWeightOit());
        if (sum.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleException("year.error.weightsSum", plain(sum));
        }
        if (year.getWeakThreshold().signum() < 0 || year.getWeakThreshold().compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("year.error.threshold");
        }
        BigDecimal national = year.getNationalAverage();
        if (national != null && (national.signum() < 0 || national.compareTo(HUNDRED) > 0)) {
            throw new BusinessRuleException("year.error.nationalAverage");
        }
    }

    private static String weights(FiscalYear y) {
        return plain(y.getWeightIit()) + "/" + plain(y.getWeightEit()) + "/" + plain(y.getWeightOit());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
