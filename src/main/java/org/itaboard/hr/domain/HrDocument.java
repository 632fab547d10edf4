package org.itaboard.hr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;

/**
 * One personnel document of an office (the policy, a criteria set, a year's HR report). Its slug never changes,
 * so the public URL given to the assessors stays valid while new versions are published under it.
 */
@Entity
@Table(name = "hr_document")
public class HrDocument extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    /** Only for the yearly report: the fiscal year whose assessment it answers. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fiscal_year_id")
    private FiscalYear fiscalYear;

    @Column(nullable = false)
    private String slug;

    protected HrDocument() {
    }

    public HrDocument(Office office, DocumentKind kind, FiscalYear fiscalYear) {
        this.office = office;
        this.kind = kind;
        this.fiscalYear = kind.isYearly() ? fiscalYear : null;
        this.slug = kind.slug(kind.isYearly() ? fiscalYear.getBeYear() : null);
    }

    public Office getOffice() {
        return office;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public String getSlug() {
        return slug;
    }
}
