package org.itaboard.hr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.itaboard.base.domain.AbstractEntity;

/**
 * One numbered version of a personnel document. The fields can change only while it is a draft; submission,
 * approval and publication each record who and when. The service checks the step is allowed before it calls
 * one of the steps here, which only record it.
 */
@Entity
@Table(name = "hr_document_version")
public class HrVersion extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private HrDocument document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false)
    private String title;

    @Column(name = "announcement_number")
    private String announcementNumber;

    @Column(name = "announcement_date")
    private LocalDate announcementDate;

    private String signer;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    /** What the HR officer typed. */
    @Column(name = "body_source", length = 100000)
    private String bodySource;

    /** The same text as sanitised markup, the only form that reaches a page. */
    @Column(name = "body_html", length = 200000)
    private String bodyHtml;

    /** For the yearly report: whether it includes the staff development results the assessors ask for. */
    @Column(name = "development_results", nullable = false)
    private boolean developmentResults;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** The executive's reason for sending the version back; kept until it is submitted again. */
    @Column(name = "return_comment", length = 4000)
    private String returnComment;

    protected HrVersion() {
    }

    public HrVersion(HrDocument document, int number, String title) {
        this.document = document;
        this.number = number;
        this.title = title;
        this.bodySource = "";
        this.bodyHtml = "";
    }

    /** The fields as the form shows them. */
    public VersionContent content() {
        return new VersionContent(title, announcementNumber, announcementDate, signer, effectiveDate, bodySource,
                developmentResults);
    }

    /** Takes edited fields; {@code sanitisedHtml} is the body as it may be shown. */
    public void edit(VersionContent content, String sanitisedHtml) {
        this.title = content.title();
        this.announcementNumber = content.announcementNumber();
        this.announcementDate = content.announcementDate();
        this.signer = content.signer();
        this.effectiveDate = content.effectiveDate();
        this.bodySource = content.body();
        this.bodyHtml = sanitisedHtml;
        this.developmentResults = content.developmentResults();
    }

    public void submit(String by, Instant at) {
        status = VersionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        returnComment = null;
    }

    public void approve(String by, Instant at) {
        status = VersionStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public void returnForChanges(String comment) {
        status = VersionStatus.DRAFT;
        returnComment = comment;
    }

    public void publish(String by, Instant at) {
        status = VersionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public void supersede(Instant at) {
        status = VersionStatus.SUPERSEDED;
        supersededAt = at;
    }

    public HrDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getAnnouncementNumber() {
        return announcementNumber;
    }

    public LocalDate getAnnouncementDate() {
        return announcementDate;
    }

    public String getSigner() {
        return signer;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public boolean hasDevelopmentResults() {
        return developmentResults;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    /** Whether the version was signed and announced: number, date and signer all given. */
    public boolean hasAnnouncement() {
        return announcementNumber != null && !announcementNumber.isBlank() && announcementDate != null
                && signer != null && !signer.isBlank();
    }
}
