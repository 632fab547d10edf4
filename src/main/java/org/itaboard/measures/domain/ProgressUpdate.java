package org.itaboard.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.division.domain.Division;

/** A dated report by a division on a measure: what was done and the progress reached, maybe with evidence. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "division_id")
    private Division division;

    @Column(nullable = false)
    private String text;

    private int progress;

    @Column(nullable = false)
    private String author;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;

    protected ProgressUpdate() {
    }

    public ProgressUpdate(Measure measure, LocalDate reportedOn, Division division, String text, int progress, String author,
            Evidence evidence) {
        this.measure = measure;
        this.reportedOn = reportedOn;
        this.division = division;
        this.text = text;
        this.progress = progress;
        this.author = author;
        this.evidence = evidence;
    }

    public Measure getMeasure() {
        return measure;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public Division getDivision() {
        return division;
    }

    public String getText() {
        return text;
    }

    public int getProgress() {
        return progress;
    }

    public String getAuthor() {
        return author;
    }

    public Evidence getEvidence() {
        return evidence;
    }
}
