package org.itaboard.projection.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.projection.domain.Scenario;
import org.itaboard.projection.domain.ScenarioRepository;
import org.itaboard.scoring.domain.ItemCodes;
import org.itaboard.scoring.domain.ScoreProjection;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "If we fix these items, where do we land?": projections of a year's ITA, tool scores and grade with chosen items at
 * the scores they are expected to reach, and the scenarios the executives save to follow up in their meetings. The
 * office's executives and ITA coordinator project and save; the BMA's analysts read any office's scenarios; nobody
 * else, and no one of another office.
 */
@Service
public class ProjectionService {

    /** Who may look at projections and saved scenarios (their own office; the analysts any office). */
    static final String READERS = "hasAnyRole('EXECUTIVE','COORDINATOR','BMA_ANALYST')";
    /** Who may save and delete scenarios of their own office. */
    static final String WRITERS = "hasAnyRole('EXECUTIVE','COORDINATOR')";
    private static final String ENTITY = "ProjectionScenario";
    private static final int NAME_LENGTH = 200;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ScoreService scores;
    private final FiscalYearService years;
    private final ScenarioRepository scenarios;
    private final OfficeAccess offices;
    private final AuditService audit;

    ProjectionService(ScoreService scores, FiscalYearService years, ScenarioRepository scenarios, OfficeAccess offices,
            AuditService audit) {
        this.scores = scores;
        this.years = years;
        this.scenarios = scenarios;
        this.offices = offices;
        this.audit = audit;
    }

    /** Whether the signed-in user may look at projections of the office (the weak items page links here only then). */
    public boolean mayProject(Office office) {
        return offices.mayRead(office) && (offices.hasRole(Role.EXECUTIVE) || offices.hasRole(Role.COORDINATOR)
                || offices.hasRole(Role.BMA_ANALYST));
    }

    /** Whether the signed-in user may save and delete scenarios of the office (the view shows the buttons only then). */
    public boolean mayChange(Office office) {
        return offices.mayWrite(office) && (offices.hasRole(Role.EXECUTIVE) || offices.hasRole(Role.COORDINATOR));
    }

    /**
     * The year's result if each item of {@code targets} (by code) reached its score, next to the result as it is.
     *
     * @throws BusinessRuleException for a code that is not an item of the year or a score outside 0–100
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Projection project(FiscalYear year, Map<String, BigDecimal> targets) {
        FiscalYear stored = years.reload(year);
        YearScores current = scores.scores(stored);
        Map<String, Item> items = current.itemsByCode();
        Map<String, BigDecimal> checked = new TreeMap<>(ItemCodes.NATURAL_ORDER);
        targets.forEach((code, score) -> {
            if (!items.containsKey(code)) {
                throw new BusinessRuleException("projection.error.unknownItem", code, stored.getBeYear());
            }
            checked.put(code, checkedScore(code, score));
        });
        return new Projection(current, checked, ScoreProjection.project(current.sheet(), checked, stored.rules()));
    }

    /** The year's saved scenarios by name, each with what it gives under the year's current scores and rules. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<SavedScenario> scenarios(FiscalYear year) {
        FiscalYear stored = years.reload(year);
        return scenarios.findByFiscalYearOrderByNameAsc(stored).stream().map(this::saved).toList();
    }

    /**
     * One saved scenario with its projection, e.g. for a meeting page that shows what the executives expect from the
     * items they decided to fix.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public SavedScenario scenario(Long scenarioId) {
        return saved(readable(scenarioId));
    }

    /**
     * Saves the targets under {@code name} in the year: a new scenario, or the same name's scenario replaced (its
     * history keeps what it was).
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public SavedScenario save(FiscalYear year, String name, Map<String, BigDecimal> targets) {
        FiscalYear stored = years.reload(year);
        offices.requireWrite(stored.getOffice());
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new BusinessRuleException("projection.error.name", NAME_LENGTH);
        }
        if (targets.isEmpty()) {
            throw new BusinessRuleException("projection.error.noItems");
        }
        Map<String, Item> items = scores.scores(stored).itemsByCode();
        Map<Item, BigDecimal> byItem = new LinkedHashMap<>();
        targets.forEach((code, score) -> {
            Item item = items.get(code);
            if (item == null) {
                throw new BusinessRuleException("projection.error.unknownItem", code, stored.getBeYear());
            }
            byItem.put(item, checkedScore(code, score));
        });
        Scenario scenario = scenarios.findByFiscalYearAndName(stored, trimmed).orElseGet(() -> new Scenario(stored, trimmed));
        boolean created = scenario.isNew();
        String before = describe(scenario.getTargets());
        scenario.replaceTargets(byItem);
        Scenario saved = scenarios.saveAndFlush(scenario);
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.collect(changes, "name", created ? null : trimmed, trimmed);
        FieldChange.collect(changes, "targets", created ? null : before, describe(saved.getTargets()));
        audit.record(ENTITY, saved.getId(), created ? "created" : "updated", changes);
        return saved(saved);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void delete(Long scenarioId) {
        Scenario scenario = readable(scenarioId);
        offices.requireWrite(scenario.getFiscalYear().getOffice());
        audit.record(ENTITY, scenario.getId(), "deleted", List.of(FieldChange.of("name", scenario.getName(), null),
                FieldChange.of("targets", describe(scenario.getTargets()), null)));
        scenarios.delete(scenario);
    }

    private Scenario readable(Long scenarioId) {
        Scenario scenario = scenarios.findById(scenarioId)
                .orElseThrow(() -> new BusinessRuleException("projection.error.notFound"));
        offices.requireRead(scenario.getFiscalYear().getOffice());
        return scenario;
    }

    private SavedScenario saved(Scenario scenario) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        scenario.getTargets().forEach((item, score) -> targets.put(item.getCode(), score));
        return new SavedScenario(scenario.getId(), scenario.getName(),
                scenario.getModifiedBy() != null ? scenario.getModifiedBy() : scenario.getCreatedBy(),
                scenario.getModifiedAt() != null ? scenario.getModifiedAt() : scenario.getCreatedAt(),
                project(scenario.getFiscalYear(), targets));
    }

    private static BigDecimal checkedScore(String code, BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw new BusinessRuleException("projection.error.range", code);
        }
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    /** "O9=100, O27=100" in code order, for the history. */
    private static String describe(Map<Item, BigDecimal> targets) {
        Map<String, BigDecimal> byCode = new TreeMap<>(ItemCodes.NATURAL_ORDER);
        targets.forEach((item, score) -> byCode.put(item.getCode(), score));
        return String.join(", ", byCode.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString()).toList());
    }
}
