package org.itaboard.fiscalyear.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fiscal years, their settings and their item catalogues. Everyone reads; COORDINATOR and ADMIN change. */
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
    private final AuditService audit;

    FiscalYearService(FiscalYearRepository years, IndicatorRepository indicators, SubIndicatorRepository subIndicators,
            ItemRepository items, PublishedScoreRepository published, AuditService audit) {
        this.years = years;
        this.indicators = indicators;
        this.subIndicators = subIndicators;
        this.items = items;
        this.published = published;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FiscalYear> findAll() {
        return years.findAllByOrderByBeYearAsc();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<FiscalYear> find(int beYear) {
        return years.findByBeYear(beYear);
    }

    /** The newest year that has a catalogue: what the dashboard and the weak-item list show first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<FiscalYear> latest() {
        List<FiscalYear> all = years.findAllByOrderByBeYearAsc();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public FiscalYear get(int beYear) {
        return years.findByBeYear(beYear).orElseThrow(() -> new BusinessRuleException("year.error.notFound", beYear));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Catalogue catalogue(int beYear) {
        FiscalYear year = get(beYear);
        return new Catalogue(year, indicators.findByFiscalYearOrderByNumber(year), subIndicators.findByFiscalYear(year),
                items.findByFiscalYearOrderBySortOrderAsc(year));
    }

    /** Creates or updates a year's settings; the weights must add up to 100. */
    @Transactional
    @PreAuthorize(WRITERS)
    public FiscalYear save(FiscalYear year) {
        validate(year);
        Optional<FiscalYear> sameYear = years.findByBeYear(year.getBeYear());
        if (sameYear.isPresent() && !sameYear.get().getId().equals(year.getId())) {
            throw new BusinessRuleException("year.error.exists", year.getBeYear());
        }
        List<FieldChange> changes = new java.util.ArrayList<>();
        sameYear.ifPresent(before -> {
            FieldChange.collect(changes, "weights", weights(before), weights(year));
            FieldChange.collect(changes, "toolAggregation", before.getToolAggregation(), year.getToolAggregation());
            FieldChange.collect(changes, "gradeScheme", before.getGradeScheme(), year.getGradeScheme());
            FieldChange.collect(changes, "weakThreshold", plain(before.getWeakThreshold()), plain(year.getWeakThreshold()));
            FieldChange.collect(changes, "lowestN", before.getLowestN(), year.getLowestN());
            FieldChange.collect(changes, "sourceLabel", before.getSourceLabel(), year.getSourceLabel());
        });
        boolean created = year.isNew();
        FiscalYear saved = years.saveAndFlush(year);
        audit.record(ENTITY, saved.getId(), created ? "created" : "updated", changes);
        return saved;
    }

    /**
     * Starts year {@code newBeYear} from {@code fromBeYear}: the same settings and catalogue, no scores.
     * The coordinator then edits what the NACC changed.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public FiscalYear copyYear(int fromBeYear, int newBeYear) {
        if (years.findByBeYear(newBeYear).isPresent()) {
            throw new BusinessRuleException("year.error.exists", newBeYear);
        }
        FiscalYear from = get(fromBeYear);
        FiscalYear year = new FiscalYear(newBeYear);
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
        audit.record(ENTITY, year.getId(), "copiedFrom", List.of(FieldChange.of("fiscalYear", fromBeYear, newBeYear)));
        return year;
    }

    /** True when any item score or printed aggregate has been entered for the year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean hasScores(int beYear) {
        FiscalYear year = get(beYear);
        return items.existsByFiscalYearAndScoreIsNotNull(year) || published.existsByFiscalYear(year);
    }

    /**
     * Replaces the year's whole catalogue with {@code entries} (in their order). Refused once the year has
     * scores: they would silently lose the items they belong to. Indicator names the year already had are
     * kept; new ones take the NACC's standard names.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public Catalogue replaceCatalogue(int beYear, List<CatalogueEntry> entries) {
        if (hasScores(beYear)) {
            throw new BusinessRuleException("catalogue.error.hasScores", beYear);
        }
        FiscalYear year = get(beYear);
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
        return catalogue(beYear);
    }

    private static void validate(FiscalYear year) {
        BigDecimal sum = year.getWeightIit().add(year.getWeightEit()).add(year.getWeightOit());
        if (sum.compareTo(HUNDRED) != 0) {
            throw new BusinessRuleException("year.error.weightsSum", plain(sum));
        }
        if (year.getWeakThreshold().signum() < 0 || year.getWeakThreshold().compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("year.error.threshold");
        }
    }

    private static String weights(FiscalYear y) {
        return plain(y.getWeightIit()) + "/" + plain(y.getWeightEit()) + "/" + plain(y.getWeightOit());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
