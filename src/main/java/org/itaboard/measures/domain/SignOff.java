package org.itaboard.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.itaboard.base.domain.AbstractEntity;

/**
 * An executive's decision on a measure. An approval keeps a snapshot of the fields as approved, so
 * what was signed stays readable even after the measure is reopened and changed.
 */
@Entity
@Table(name = "sign_off")
public class SignOff extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    private String note;

    /** The approved fields, one "field: value" per line. */
    private String snapshot;

    protected SignOff() {
    }

    public SignOff(Measure measure, String decidedBy, Instant decidedAt, Decision decision, String note, String snapshot) {
        this.measure = measure;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decision = decision;
        this.note = note;
        this.snapshot = snapshot;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getNote() {
        return note;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
