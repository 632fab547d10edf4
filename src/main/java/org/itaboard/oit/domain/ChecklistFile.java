package org.itaboard.oit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.itaboard.measures.domain.EvidenceFile;

/**
 * A file attached to a checklist item as evidence: uploaded, or the minutes of a closed meeting of the office (then
 * {@link #getMeetingId()} names it). The bytes live in {@link EvidenceFile} like measures' evidence and are read only
 * to download it.
 */
@Entity
@Table(name = "oit_evidence_file")
public class ChecklistFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_item_id", updatable = false)
    private ChecklistItem entry;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id", updatable = false)
    private EvidenceFile file;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ChecklistFile() {
    }

    public ChecklistFile(ChecklistItem entry, EvidenceFile file, String originalName, String contentType, long sizeBytes,
            String sha256, Long meetingId, String uploadedBy, Instant uploadedAt) {
        this.entry = entry;
        this.file = file;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.meetingId = meetingId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getEntry() {
        return entry;
    }

    public EvidenceFile getFile() {
        return file;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The meeting whose minutes this is; empty for an uploaded file. */
    public Long getMeetingId() {
        return meetingId;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
