package org.itaboard.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;

/**
 * An improvement measure of one fiscal year, for one or more weak items: the row of the offices'
 * measure tables, plus what the paper tables lack (status, dates, progress, sign-off).
 */
@Entity
@Table(name = "measure")
public class Measure extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "measure_item", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<Item> items = new LinkedHashSet<>();

    @Column(nullable = false)
    private String title;

    private String weakness;
    private String activity;

    @Column(name = "expected_output")
    private String expectedOutput;

    private String channels;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lead_division_id")
    private Division leadDivision;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "measure_support", joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "division_id"))
    private Set<Division> supportingDivisions = new LinkedHashSet<>();

    @Column(name = "owner_name")
    private String owner;

    private String monitor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency = Frequency.MONTHLY;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_kind", nullable = false)
    private BudgetKind budgetKind = BudgetKind.UNKNOWN;

    @Column(name = "budget_amount")
    private BigDecimal budgetAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "kpi_comparator")
    private Comparator kpiComparator;

    @Column(name = "kpi_target")
    private BigDecimal kpiTarget;

    @Column(name = "kpi_unit")
    private String kpiUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status = MeasureStatus.DRAFT;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private int progress;

    @Column(name = "last_update_on")
    private LocalDate lastUpdateOn;

    private String result;
    private String problems;
    private String recommendations;

    /** Set when an executive approves or the coordinator verifies: no edits until reopened with a reason. */
    private boolean frozen;

    protected Measure() {
    }

    public Measure(FiscalYear fiscalYear, String title) {
        this.fiscalYear = fiscalYear;
        this.title = title;
    }

    /** Its dates, status and progress: what decides when a report is due and whether it is late. */
    public MeasureSchedule schedule() {
        return new MeasureSchedule(status, frequency, startDate, dueDate, lastUpdateOn);
    }

    /** When the next progress report is due: after the last report, or after the start for a first one. */
    public Optional<LocalDate> nextUpdateDue() {
        return schedule().nextUpdateDue();
    }

    /**
     * Late, the one meaning every page uses: the work is not done, verified or cancelled (a draft too: a plan
     * nobody started is the latest of all) and its due date has passed, or a progress report was due before
     * {@code today}.
     */
    public boolean isLate(LocalDate today) {
        return schedule().isLate(today);
    }

    /** Since when a late measure has been late (see {@link MeasureSchedule#overdueSince}); empty when it is not. */
    public Optional<LocalDate> overdueSince(LocalDate today) {
        return schedule().overdueSince(today);
    }

    /** Verified, approved (frozen) or cancelled: nothing is edited until the coordinator reopens it. */
    public boolean isLocked() {
        return frozen || status == MeasureStatus.VERIFIED || status == MeasureStatus.CANCELLED;
    }

    /** Whether {@code division} leads or supports this measure. */
    public boolean involves(Division division) {
        return division != null && (division.equals(leadDivision) || supportingDivisions.contains(division));
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
        this.items = new LinkedHashSet<>(items);
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
        this.supportingDivisions = new LinkedHashSet<>(supportingDivisions);
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

    public Budget getBudget() {
        return new Budget(budgetKind, budgetAmount);
    }

    /** The amount is kept only for {@link BudgetKind#AMOUNT}: a form may still hold one typed before the kind changed. */
    public void setBudget(Budget budget) {
        this.budgetKind = budget.kind();
        this.budgetAmount = budget.kind() == BudgetKind.AMOUNT ? budget.amount() : null;
    }

    public Kpi getKpi() {
        return new Kpi(kpiComparator, kpiTarget, kpiUnit);
    }

    public void setKpi(Kpi kpi) {
        this.kpiComparator = kpi.comparator();
        this.kpiTarget = kpi.target();
        this.kpiUnit = kpi.unit();
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public LocalDate getLastUpdateOn() {
        return lastUpdateOn;
    }

    public void setLastUpdateOn(LocalDate lastUpdateOn) {
        this.lastUpdateOn = lastUpdateOn;
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

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public String toString() {
        return title;
    }
}
