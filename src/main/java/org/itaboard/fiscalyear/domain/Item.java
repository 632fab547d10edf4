package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.Bilingual;
import org.itaboard.fiscalyear.domain.Tool;

/**
 * An assessment item (question or checklist point) of one fiscal year, such as I10 or O28, with
 * its score when known. A missing score means "not scored": never 0 and never weak.
 */
@Entity
@Table(name = "item")
public class Item extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tool tool;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "sub_indicator_id")
    private SubIndicator subIndicator;

    /** A third OIT level such as 9.1.3, for display only: scoring never groups by it. */
    @Column(name = "third_level")
    private String thirdLevel;

    @Column(name = "topic_th", nullable = false)
    private String topicTh;

    @Column(name = "topic_en")
    private String topicEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private BigDecimal score;

    protected Item() {
    }

    public Item(FiscalYear fiscalYear, String code, Indicator indicator, SubIndicator subIndicator, String topicTh,
            String topicEn, int sortOrder) {
        this.fiscalYear = fiscalYear;
        this.code = code;
        this.tool = indicator.getTool();
        this.indicator = indicator;
        this.subIndicator = subIndicator;
        this.topicTh = topicTh;
        this.topicEn = topicEn;
        this.sortOrder = sortOrder;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getCode() {
        return code;
    }

    public Tool getTool() {
        return tool;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public SubIndicator getSubIndicator() {
        return subIndicator;
    }

    public String getThirdLevel() {
        return thirdLevel;
    }

    public void setThirdLevel(String thirdLevel) {
        this.thirdLevel = thirdLevel;
    }

    public String getTopicTh() {
        return topicTh;
    }

    public void setTopicTh(String topicTh) {
        this.topicTh = topicTh;
    }

    public String getTopicEn() {
        return topicEn;
    }

    public void setTopicEn(String topicEn) {
        this.topicEn = topicEn;
    }

    public String getTopic(Locale locale) {
        return Bilingual.pick(locale, topicTh, topicEn);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    @Override
    public String toString() {
        return code;
    }
}
