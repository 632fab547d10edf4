package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.itaboard.base.domain.AbstractEntity;

/**
 * An aggregate as printed in the NACC report (ITA, IIT, IND9, SUB9.1, …). Kept beside the computed
 * value: printed figures sometimes disagree with their own items, and the product shows both.
 */
@Entity
@Table(name = "published_score")
public class PublishedScore extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private BigDecimal score;

    protected PublishedScore() {
    }

    public PublishedScore(FiscalYear fiscalYear, String code, BigDecimal score) {
        this.fiscalYear = fiscalYear;
        this.code = code;
        this.score = score;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}
