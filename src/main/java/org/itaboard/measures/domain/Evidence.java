package org.itaboard.measures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.itaboard.base.domain.AbstractEntity;

/**
 * Proof that a measure was carried out: a file (with checksum and the type detected from its
 * content), a web link, or a photo with a thumbnail. The bytes sit in {@link EvidenceFile}, loaded
 * only when someone downloads them.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceKind kind;

    @Column(nullable = false)
    private String title;

    private String url;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private EvidenceFile file;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "thumbnail_id")
    private EvidenceFile thumbnail;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Evidence() {
    }

    public static Evidence link(Measure measure, String title, String url, String addedBy) {
        Evidence e = new Evidence(measure, EvidenceKind.LINK, title, addedBy);
        e.url = url;
        return e;
    }

    public static Evidence file(Measure measure, EvidenceKind kind, String title, EvidenceFile file, String originalName,
            String contentType, long size, String sha256, String addedBy) {
        Evidence e = new Evidence(measure, kind, title, addedBy);
        e.file = file;
        e.originalName = originalName;
        e.contentType = contentType;
        e.sizeBytes = size;
        e.sha256 = sha256;
        return e;
    }

    private Evidence(Measure measure, EvidenceKind kind, String title, String addedBy) {
        this.measure = measure;
        this.kind = kind;
        this.title = title;
        this.addedBy = addedBy;
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }

    public void verify(String username, Instant at) {
        this.verifiedBy = username;
        this.verifiedAt = at;
    }

    public Measure getMeasure() {
        return measure;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public EvidenceFile getFile() {
        return file;
    }

    public EvidenceFile getThumbnail() {
        return thumbnail;
    }

    public void setThumbnail(EvidenceFile thumbnail) {
        this.thumbnail = thumbnail;
    }

    public boolean hasThumbnail() {
        return thumbnail != null;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
