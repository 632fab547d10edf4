package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.offices.domain.Office;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.ScoringRules;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;

/**
 * A fiscal year (BE) of the assessment with the settings that change from year to year: tool
 * weights, how tools aggregate, the grade scheme and the weak threshold (ITA-RULES.md).
 */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear extends AbstractEntity {

    /** The office this belongs to; set once when created. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "office_id", nullable = false, updatable = false)
    private Office office;

    @Min(2560)
    @Max(2700)
    @Column(name = "be_year", nullable = false)
    private int beYear;

    /** The longest source label the column holds. */
    public static final int MAX_SOURCE_LABEL = 500;

    /** Which report the year's catalogue and scores came from, shown wherever the year is. */
    @Column(name = "source_label")
    private String sourceLabel;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "weight_iit", nullable = false)
    private BigDecimal weightIit = new BigDecimal("30");

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "weight_eit", nullable = false)
    private BigDecimal weightEit = new BigDecimal("30");

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "weight_oit", nullable = false)
    private BigDecimal weightOit = new BigDecimal("40");

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "tool_aggregation", nullable = false)
    private ToolAggregation toolAggregation = ToolAggregation.MEAN_OF_INDICATORS;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_scheme", nullable = false)
    private GradeScheme gradeScheme = GradeScheme.FIVE_LEVELS;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "weak_threshold", nullable = false)
    private BigDecimal weakThreshold = new BigDecimal("85");

    @Min(1)
    @Max(50)
    @Column(name = "lowest_n", nullable = false)
    private int lowestN = 5;

    /**
     * The NACC's average ITA of all assessed agencies that year, a reference for the office's own trend; null when
     * not set. It is the year's fact, not a setting: a new year starts without it.
     */
    @DecimalMin("0")
    @DecimalMax("100")
    @Column(name = "national_average")
    private BigDecimal nationalAverage;

    @Column(name = "respondents_iit")
    private Integer respondentsIit;

    @Column(name = "respondents_eit")
    private Integer respondentsEit;

    protected FiscalYear() {
    }

    public FiscalYear(Office office, int beYear) {
        this.office = office;
        this.beYear = beYear;
    }

    /** The engine's view of this year's settings. */
    public ScoringRules rules() {
        Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
        weights.put(Tool.IIT, weightIit);
        weights.put(Tool.EIT, weightEit);
        weights.put(Tool.OIT, weightOit);
        return new ScoringRules(weights, toolAggregation, gradeScheme, weakThreshold, lowestN);
    }

    /** Copies the settings (not the catalogue) of another year, e.g. when starting a new year from the last. */
    public void copySettingsFrom(FiscalYear other) {
        weightIit = other.weightIit;
        weightEit = other.weightEit;
        weightOit = other.weightOit;
        toolAggregation = other.toolAggregation;
        gradeScheme = other.gradeScheme;
        weakThreshold = other.weakThreshold;
        lowestN = other.lowestN;
    }

    public int getBeYear() {
        return beYear;
    }

    public void setBeYear(int beYear) {
        this.beYear = beYear;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public void setSourceLabel(String sourceLabel) {
        this.sourceLabel = sourceLabel;
    }

    public BigDecimal getWeightIit() {
        return weightIit;
    }

    public void setWeightIit(BigDecimal weightIit) {
        this.weightIit = weightIit;
    }

    public BigDecimal getWeightEit() {
        return weightEit;
    }

    public void setWeightEit(BigDecimal weightEit) {
        this.weightEit = weightEit;
    }

    public BigDecimal getWeightOit() {
        return weightOit;
    }

    public void setWeightOit(BigDecimal weightOit) {
        this.weightOit = weightOit;
    }

    public ToolAggregation getToolAggregation() {
        return toolAggregation;
    }

    public void setToolAggregation(ToolAggregation toolAggregation) {
        this.toolAggregation = toolAggregation;
    }

    public GradeScheme getGradeScheme() {
        return gradeScheme;
    }

    public void setGradeScheme(GradeScheme gradeScheme) {
        this.gradeScheme = gradeScheme;
    }

    public BigDecimal getWeakThreshold() {
        return weakThreshold;
    }

    public void setWeakThreshold(BigDecimal weakThreshold) {
        this.weakThreshold = weakThreshold;
    }

    public int getLowestN() {
        return lowestN;
    }

    public void setLowestN(int lowestN) {
        this.lowestN = lowestN;
    }

    public BigDecimal getNationalAverage() {
        return nationalAverage;
    }

    public void setNationalAverage(BigDecimal nationalAverage) {
        this.nationalAverage = nationalAverage;
    }

    public Integer getRespondentsIit() {
        return respondentsIit;
    }

    public void setRespondentsIit(Integer respondentsIit) {
        this.respondentsIit = respondentsIit;
    }

    public Integer getRespondentsEit() {
        return respondentsEit;
    }

    public void setRespondentsEit(Integer respondentsEit) {
        this.respondentsEit = respondentsEit;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    @Override
    public String toString() {
        return String.valueOf(beYear);
    }
}
