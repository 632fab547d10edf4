package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.Bilingual;
import org.itaboard.fiscalyear.domain.Tool;

/** Indicator 1–10 of a year's catalogue; 1–5 belong to IIT, 6–8 to EIT, 9–10 to OIT. */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tool tool;

    @Column(nullable = false)
    private int number;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    protected Indicator() {
    }

    public Indicator(FiscalYear fiscalYear, Tool tool, int number, String nameTh, String nameEn) {
        this.fiscalYear = fiscalYear;
        this.tool = tool;
        this.number = number;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public Tool getTool() {
        return tool;
    }

    public int getNumber() {
        return number;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getName(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }
}
