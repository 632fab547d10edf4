package org.itaboard.measures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;

/**
 * What a person edits on a measure, apart from the entity: the form keeps it when a save is refused,
 * and {@link #describe()} gives the field-by-field text used for the audit trail, the sign-off
 * snapshot and the "what changed meanwhile" comparison after an optimistic-lock refusal.
 */
public class MeasureForm {

    private Long id;
    private long version;
    private FiscalYear fiscalYear;
    private Set<Item> items = new LinkedHashSet<>();
    private String title;
    private String weakness;
    private String activity;
    private String expectedOutput;
    private String channels;
    private Division leadDivision;
    private Set<Division> supportingDivisions = new LinkedHashSet<>();
    private String owner;
    private String monitor;
    private Frequency frequency = Frequency.MONTHLY;
    private LocalDate startDate;
    private LocalDate dueDate;
    private BudgetKind budgetKind = BudgetKind.UNKNOWN;
    private BigDecimal budgetAmount;
    private Comparator kpiComparator;
    private BigDecimal kpiTarget;
    private String kpiUnit;
    private String result;
    private String problems;
    private String recommendations;

    public static MeasureForm of(Measure m) {
        MeasureForm f = new MeasureForm();
        f.id = m.getId();
        f.version = m.getVersion();
        f.fiscalYear = m.getFiscalYear();
        f.items = new LinkedHashSet<>(m.getItems());
        f.title = m.getTitle();
        f.weakness = m.getWeakness();
        f.activity = m.getActivity();
        f.expectedOutput = m.getExpectedOutput();
        f.channels = m.getChannels();
        f.leadDivision = m.getLeadDivision();
        f.supportingDivisions = new LinkedHashSet<>(m.getSupportingDivisions());
        f.owner = m.getOwner();
        f.monitor = m.getMonitor();
        f.frequency = m.getFrequency();
        f.startDate = m.getStartDate();
        f.dueDate = m.getDueDate();
        f.budgetKind = m.getBudgetKind();
        f.budgetAmount = m.getBudgetAmount();
        f.kpiComparator = m.getKpiComparator();
        f.kpiTarget = m.getKpiTarget();
        f.kpiUnit = m.getKpiUnit();
        f.result = m.getResult();
        f.problems = m.getProblems();
        f.recommendations = m.getRecommendations();
        return f;
    }

    /** Copies the edited fields onto the entity (assignment fields only when {@code assign} is allowed). */
    public void applyTo(Measure m, boolean assign) {
        m.setTitle(title);
        m.setWeakness(weakness);
        m.setActivity(activity);
        m.setExpectedOutput(expectedOutput);
        m.setChannels(channels);
        m.setOwner(owner);
        m.setMonitor(monitor);
        m.setFrequency(frequency);
        m.setStartDate(startDate);
        m.setDueDate(dueDate);
        m.setBudgetKind(budgetKind);
        m.setBudgetAmount(budgetKind == BudgetKind.AMOUNT ? budgetAmount : null);
        m.setKpiComparator(kpiComparator);
        m.setKpiTarget(kpiTarget);
        m.setKpiUnit(kpiUnit);
        m.setResult(result);
        m.setProblems(problems);
        m.setRecommendations(recommendations);
        if (assign) {
            m.setItems(items);
            m.setLeadDivision(leadDivision);
            m.setSupportingDivisions(supportingDivisions);
        }
    }

    /** Field name → value as text, in form order; items and divisions by code, sorted, so equal sets read alike. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", title);
        out.put("items", items.stream().map(Item::getCode).sorted().collect(Collectors.joining(", ")));
        out.put("weakness", weakness);
        out.put("activity", activity);
        out.put("expectedOutput", expectedOutput);
        out.put("channels", channels);
        out.put("leadDivision", leadDivision == null ? null : leadDivision.getCode());
        out.put("supportingDivisions",
                supportingDivisions.stream().map(Division::getCode).sorted().collect(Collectors.joining(", ")));
        out.put("owner", owner);
        out.put("monitor", monitor);
        out.put("frequency", Objects.toString(frequency, null));
        out.put("startDate", Objects.toString(startDate, null));
        out.put("dueDate", Objects.toString(dueDate, null));
        out.put("budget", budgetKind == BudgetKind.AMOUNT ? plain(budgetAmount) : Objects.toString(budgetKind, null));
        out.put("kpi", kpiComparator == null && kpiTarget == null ? null
                : (kpiComparator == null ? "" : kpiComparator.symbol() + " ") + plain(kpiTarget)
                        + (kpiUnit == null || kpiUnit.isBlank() ? "" : " " + kpiUnit));
        out.put("result", result);
        out.put("problems", problems);
        out.put("recommendations", recommendations);
        out.replaceAll((k, v) -> v == null || v.isBlank() ? null : v);
        return out;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** After the user chose to save over someone else's change: the version they have now seen. */
    public void setVersion(long version) {
        this.version = version;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public Set<Item> getItems() {
        return items;
    }

    public void setItems(Set<Item> items) {
        this.items = items == null ? new LinkedHashSet<>() : new LinkedHashSet<>(items);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWeakness() {
        return weakness;
    }

    public void setWeakness(String weakness) {
        this.weakness = weakness;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getExpectedOutput() {
        return expectedOutput;
    }

    public void setExpectedOutput(String expectedOutput) {
        this.expectedOutput = expectedOutput;
    }

    public String getChannels() {
        return channels;
    }

    public void setChannels(String channels) {
        this.channels = channels;
    }

    public Division getLeadDivision() {
        return leadDivision;
    }

    public void setLeadDivision(Division leadDivision) {
        this.leadDivision = leadDivision;
    }

    public Set<Division> getSupportingDivisions() {
        return supportingDivisions;
    }

    public void setSupportingDivisions(Set<Division> supportingDivisions) {
        this.supportingDivisions = supportingDivisions == null ? new LinkedHashSet<>() : new LinkedHashSet<>(supportingDivisions);
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getMonitor() {
        return monitor;
    }

    public void setMonitor(String monitor) {
        this.monitor = monitor;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BudgetKind getBudgetKind() {
        return budgetKind;
    }

    public void setBudgetKind(BudgetKind budgetKind) {
        this.budgetKind = budgetKind;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(BigDecimal budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public Comparator getKpiComparator() {
        return kpiComparator;
    }

    public void setKpiComparator(Comparator kpiComparator) {
        this.kpiComparator = kpiComparator;
    }

    public BigDecimal getKpiTarget() {
        return kpiTarget;
    }

    public void setKpiTarget(BigDecimal kpiTarget) {
        this.kpiTarget = kpiTarget;
    }

    public String getKpiUnit() {
        return kpiUnit;
    }

    public void setKpiUnit(String kpiUnit) {
        this.kpiUnit = kpiUnit;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }
}
