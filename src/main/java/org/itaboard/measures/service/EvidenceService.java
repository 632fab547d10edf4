package org.itaboard.measures.service;

import org.itaboard.base.service.RecordNotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceFile;
import org.itaboard.measures.domain.EvidenceFileRepository;
import org.itaboard.measures.domain.EvidenceKind;
import org.itaboard.measures.domain.EvidenceRepository;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence of measures: files checked by content and size, stored with a SHA-256 checksum in the
 * database; http(s) links; photos with thumbnails. Every check happens before anything is written,
 * and the whole addition is one transaction, so a refusal leaves nothing behind.
 */
@Service
public class EvidenceService {

    static final String CONTRIBUTORS = "hasAnyRole('COORDINATOR','DIVISION_HEAD')";

    private final EvidenceRepository evidence;
    private final EvidenceFileRepository files;
    private final MeasureRepository measures;
    private final MeasureAccess access;
    private final OfficeAccess offices;
    private final FileTypes fileTypes;
    private final AuditService audit;
    private final CurrentUsername username;
    private final Clock clock;
    private final DataSize maxSize;
    private final ApplicationEventPublisher events;

    EvidenceService(EvidenceRepository evidence, EvidenceFileRepository files, MeasureRepository measures, OfficeAccess offices,
            MeasureAccess access, FileTypes fileTypes, AuditService audit, CurrentUsername username, Clock clock,
            @Value("${itaboard.evidence.max-size:20MB}") DataSize maxSize, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.files = files;
        this.measures = measures;
        this.access = access;
        this.offices = offices;
        this.fileTypes = fileTypes;
        this.audit = audit;
        this.username = username;
        this.clock = clock;
        this.maxSize = maxSize;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public DataSize maxSize() {
        return maxSize;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Evidence> list(Long measureId) {
        return evidence.findByMeasureOrderByIdDesc(measure(measureId));
    }

    @Transactional
    @PreAuthorize(CONTRIBUTORS)
    public Evidence addFile(Long measureId, EvidenceUpload upload) {
        Measure measure = measure(measureId);
        access.requireContribute(measure);
        return changed(store(measure, upload));
    }

    @Transactional
    @PreAuthorize(CONTRIBUTORS)
    public Evidence addLink(Long measureId, String title, String url, LocalDate publishedOn, LocalDate expiresOn) {
        Measure measure = measure(measureId);
        access.requireContribute(measure);
        String checked = checkedUrl(url);
        Evidence link = Evidence.link(measure, requireTitle(title), checked, username.get());
        link.setPublishedOn(publishedOn);
        link.setExpiresOn(checkExpiry(publishedOn, expiresOn));
        Evidence saved = evidence.saveAndFlush(link);
        audit.record(MeasureService.ENTITY, measureId, "evidenceAdded",
                List.of(FieldChange.of("evidence", null, saved.getTitle() + " <" + checked + ">")));
        return changed(saved);
    }

    /** COORDINATOR confirms the evidence shows what it claims. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public Evidence verify(Long evidenceId) {
        Evidence e = evidence(evidenceId);
        offices.requireWrite(e.getMeasure().getFiscalYear().getOffice());
        e.verify(username.get(), clock.instant());
        audit.record(MeasureService.ENTITY, e.getMeasure().getId(), "evidenceVerified",
                List.of(FieldChange.of("evidenceVerifiedBy", null, username.get() + ": " + e.getTitle())));
        return changed(evidence.saveAndFlush(e));
    }

    /** The file itself, for someone who may read the measure's office (its own users, the BMA's analysts). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload download(Long evidenceId) {
        Evidence e = evidence(evidenceId);
        if (e.getFile() == null) {
            throw new RecordNotFoundException();
        }
        return new EvidenceDownload(e.getOriginalName(), e.getContentType(), e.getFile().getContent());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload thumbnail(Long evidenceId) {
        Evidence e = evidence(evidenceId);
        if (e.getThumbnail() == null) {
            throw new RecordNotFoundException();
        }
        return new EvidenceDownload("thumbnail-" + evidenceId + ".jpg", "image/jpeg", e.getThumbnail().getContent());
    }

    /** Checks and stores an upload within the caller's transaction (also used for a progress update's photo). */
    Evidence store(Measure measure, EvidenceUpload upload) {
        byte[] content = upload.content();
        FileTypes.Detected type = fileTypes.check(content, upload.originalName());
        String title = upload.title() == null || upload.title().isBlank() ? upload.originalName() : upload.title();
        LocalDate expires = checkExpiry(upload.publishedOn(), upload.expiresOn());
        EvidenceFile file = files.save(new EvidenceFile(content));
        Evidence e = Evidence.file(measure, type.kind(), requireTitle(title), file, upload.originalName(),
                type.contentType(), content.length, sha256(content), username.get());
        e.setPublishedOn(upload.publishedOn());
        e.setExpiresOn(expires);
        if (type.kind() == EvidenceKind.PHOTO) {
            Thumbnails.of(content).ifPresent(bytes -> e.setThumbnail(files.save(new EvidenceFile(bytes))));
        }
        Evidence saved = evidence.saveAndFlush(e);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("evidence", null, saved.getTitle() + " (" + saved.getOriginalName() + ", "
                + saved.getContentType() + ", " + saved.getSizeBytes() + " B, SHA-256 " + saved.getSha256() + ")"));
        audit.record(MeasureService.ENTITY, measure.getId(), "evidenceAdded", changes);
        return saved;
    }

    /** The link as typed, when it is an http(s) address with a host; otherwise a refusal in words. */
    public static String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return trimmed;
            }
        } catch (URISyntaxException invalid) {
            // refused below
        }
        throw new BusinessRuleException("evidence.error.url", trimmed);
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("evidence.error.title");
        }
        return title.trim();
    }

    private static LocalDate checkExpiry(LocalDate publishedOn, LocalDate expiresOn) {
        if (publishedOn != null && expiresOn != null && expiresOn.isBefore(publishedOn)) {
            throw new BusinessRuleException("evidence.error.expiry");
        }
        return expiresOn;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Announces the change of the evidence's measure (delivered after commit, see {@link MeasureChanged}). */
    private Evidence changed(Evidence e) {
        events.publishEvent(MeasureChanged.of(e.getMeasure()));
        return e;
    }

    /** A measure of an office the caller may read; another office's is refused like any forbidden call. */
    private Measure measure(Long id) {
        Measure measure = measures.findById(id).orElseThrow(() -> new RecordNotFoundException());
        offices.requireRead(measure.getFiscalYear().getOffice());
        return measure;
    }

    /** Evidence of a measure the caller may read, whatever id was asked for. */
    private Evidence evidence(Long id) {
        Evidence e = evidence.findById(id).orElseThrow(() -> new RecordNotFoundException());
        offices.requireRead(e.getMeasure().getFiscalYear().getOffice());
        return e;
    }
}
