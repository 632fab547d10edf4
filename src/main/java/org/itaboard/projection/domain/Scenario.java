package org.itaboard.projection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;

/**
 * A saved projection of one office's year: which items the executives expect to be fixed and the score each should
 * reach. Only the assumptions are kept; what they give is computed again whenever the scenario is shown, under the
 * year's rules as they are then.
 */
@Entity
@Table(name = "projection_scenario")
public class Scenario extends AbstractEntity {

    /** The year (and so the office) the scenario is about; set once. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "fiscal_year_id", nullable = false, updatable = false)
    private FiscalYear fiscalYear;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "projection_target", joinColumns = @JoinColumn(name = "scenario_id"))
    @MapKeyJoinColumn(name = "item_id")
    @Column(name = "score", nullable = false)
    private Map<Item, BigDecimal> targets = new HashMap<>();

    protected Scenario() {
    }

    public Scenario(FiscalYear fiscalYear, String name) {
        this.fiscalYear = fiscalYear;
        this.name = name;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getName() {
        return name;
    }

    /** The expected score of each item the scenario marks as fixed. */
    public Map<Item, BigDecimal> getTargets() {
        return Map.copyOf(targets);
    }

    public void replaceTargets(Map<Item, BigDecimal> newTargets) {
        targets.clear();
        targets.putAll(newTargets);
    }
}
