package org.itaboard.hr.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.hr.domain.AttachmentInfo;
import org.itaboard.hr.domain.Completeness;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.domain.HrAttachment;
import org.itaboard.hr.domain.HrAttachmentRepository;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrDocumentRepository;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.HrVersionRepository;
import org.itaboard.hr.domain.VersionContent;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.measures.service.FileTypes;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The personnel criteria's workflow. HR_OFFICER drafts, edits, attaches the signed announcement and submits;
 * EXECUTIVE approves or returns with a comment (never their own submission); once approved, either of them
 * publishes, which supersedes the version published before. A version can be changed only as a draft, so what
 * was approved is what is published, and a published version is replaced only by a new one. Everyone of the
 * office (and the BMA's analysts) reads; every call checks the office.
 */
@Service
public class CriteriaService {

    static final String ENTITY = "HrDocument";
    private static final String DRAFTERS = "hasRole('HR_OFFICER')";
    private static final String APPROVERS = "hasRole('EXECUTIVE')";
    private static final String PUBLISHERS = "hasAnyRole('HR_OFFICER','EXECUTIVE')";

    private final HrDocumentRepository documents;
    private final HrVersionRepository versions;
    private final HrAttachmentRepository attachments;
    private final FiscalYearRepository years;
    private final OfficeAccess offices;
    private final FileTypes fileTypes;
    private final AuditService audit;
    private final CurrentUsername username;
    private final Clock clock;
    private final DataSize maxSize;
    private final FiscalYearService fiscalYears;

    CriteriaService(HrDocumentRepository documents, HrVersionRepository versions, HrAttachmentRepository attachments,
            FiscalYearRepository years, OfficeAccess offices, FileTypes fileTypes, AuditService audit,
            CurrentUsername username, Clock clock, @Value("${itaboard.evidence.max-size:20MB}") DataSize maxSize,
            FiscalYearService fiscalYears) {
        this.fiscalYears = fiscalYears;
        this.documents = documents;
        this.versions = versions;
        this.attachments = attachments;
        this.years = years;
        this.offices = offices;
        this.fileTypes = fileTypes;
        this.audit = audit;
        this.username = username;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @PreAuthorize("isAuthenticated()")
    public long maxFileMegabytes() {
        return maxSize.toMegabytes();
    }

    /** The office's documents with their versions, newest version first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HrVersion> versionsOf(Office office) {
        offices.requireRead(office);
        return versions.findByOffice(office);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DocumentVersions document(Long documentId) {
        HrDocument document = readable(documentId);
        List<HrVersion> all = versions.findByDocumentOrderByNumberDesc(document);
        Map<Long, List<AttachmentInfo>> files = attachments.infos(all.stream().map(HrVersion::getId).toList()).stream()
                .collect(Collectors.groupingBy(AttachmentInfo::versionId));
        return new DocumentVersions(document, all, files);
    }

    /** Versions the executives still have to decide on: the weekly meeting's agenda lists them too. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HrVersion> awaitingApproval(Office office) {
        offices.requireRead(office);
        return versions.findByOfficeAndStatusIn(office, EnumSet.of(VersionStatus.SUBMITTED));
    }

    /** Drafts, and versions returned to their drafter. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HrVersion> drafts(Office office) {
        offices.requireRead(office);
        return versions.findByOfficeAndStatusIn(office, EnumSet.of(VersionStatus.DRAFT));
    }

    /** Approved but not yet public. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HrVersion> approvedUnpublished(Office office) {
        offices.requireRead(office);
        return versions.findByOfficeAndStatusIn(office, EnumSet.of(VersionStatus.APPROVED));
    }

    /** Which required documents of the year are published and in force, and what each still wants. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Completeness completeness(FiscalYear year) {
        FiscalYear stored = years.findById(year.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        Office office = stored.getOffice();
        offices.requireRead(office);
        Map<DocumentKind, List<HrVersion>> byKind = new HashMap<>();
        List<HrVersion> all = versions.findByOffice(office);
        for (HrVersion v : all) {
            HrDocument d = v.getDocument();
            if (!d.getKind().isYearly() || d.getFiscalYear().getId().equals(stored.getId())) {
                byKind.computeIfAbsent(d.getKind(), k -> new ArrayList<>()).add(v);
            }
        }
        Set<Long> withFile = attachments.infos(all.stream().map(HrVersion::getId).toList()).stream()
                .map(AttachmentInfo::versionId).collect(Collectors.toSet());
        LocalDate on = Completeness.judgedOn(stored.getBeYear(), LocalDate.now(clock));
        return Completeness.of(stored.getBeYear(), on, clock.getZone(), byKind, withFile);
    }

    /**
     * The latest year before {@code current} whose personnel items (sub-indicator 9.4) were scored: the reminder of
     * what the assessors asked for. Empty when no earlier year has such scores.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<LastAssessment> lastAssessment(FiscalYear current) {
        FiscalYear stored = fiscalYears.reload(current);
        List<FiscalYear> earlier = new ArrayList<>(fiscalYears.findAll(stored.getOffice()).stream()
                .filter(y -> y.getBeYear() < stored.getBeYear()).toList());
        java.util.Collections.reverse(earlier);
        for (FiscalYear year : earlier) {
            List<Item> hrItems = fiscalYears.catalogue(year).items().stream()
                    .filter(i -> i.getSubIndicator() != null && (i.getSubIndicator().getCode() + ".").startsWith("9.4."))
                    .filter(i -> i.getScore() != null)
                    .toList();
            if (!hrItems.isEmpty()) {
                return java.util.Optional.of(new LastAssessment(year, hrItems, completeness(year)));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A new draft of the office's document of {@code kind} (the year's, for the yearly report), created with the
     * document when it is the first. It starts from the newest published version's content. Refused while another
     * version of the document is still on its way.
     */
    @Transactional
    @PreAuthorize(DRAFTERS)
    public HrVersion startDraft(Office office, DocumentKind kind, FiscalYear year) {
        offices.requireWrite(office);
        FiscalYear reportYear = null;
        if (kind.isYearly()) {
            reportYear = years.findById(Objects.requireNonNull(year, "the yearly report needs its year").getId())
                    .filter(y -> y.getOffice().getId().equals(office.getId()))
                    .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        }
        FiscalYear documentYear = reportYear;
        HrDocument document = (kind.isYearly()
                ? documents.findByOfficeAndKindAndFiscalYear(office, kind, documentYear)
                : documents.findByOfficeAndKindAndFiscalYearIsNull(office, kind))
                .orElseGet(() -> documents.saveAndFlush(new HrDocument(office, kind, documentYear)));
        List<HrVersion> existing = versions.findByDocumentOrderByNumberDesc(document);
        existing.stream().filter(v -> v.getStatus().isInProgress()).findFirst().ifPresent(v -> {
            throw new BusinessRuleException("hr.error.versionInProgress", v.getNumber());
        });
        HrVersion draft = new HrVersion(document, versions.lastNumber(document) + 1, "");
        existing.stream().filter(v -> v.getStatus().wasPublished()).findFirst()
                .ifPresent(published -> draft.edit(published.content(), published.getBodyHtml()));
        HrVersion saved = versions.saveAndFlush(draft);
        audit.record(ENTITY, document.getId(), "hrDraftStarted", List.of(FieldChange.of("version", null, saved.getNumber())));
        return saved;
    }

    @Transactional
    @PreAuthorize(DRAFTERS)
    public HrVersion saveDraft(Long versionId, long expectedVersion, VersionContent edited) {
        HrVersion version = writable(versionId);
        requireStatus(version, VersionStatus.DRAFT, "hr.error.notDraft");
        if (version.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("HrVersion " + versionId + " changed");
        }
        VersionContent content = edited.trimmed();
        if (content.title() == null || content.title().isEmpty()) {
            throw new BusinessRuleException("hr.error.titleRequired");
        }
        List<FieldChange> changes = changes(version.content(), content);
        version.edit(content, BodyMarkup.toSafeHtml(content.body()));
        HrVersion saved = versions.saveAndFlush(version);
        if (!changes.isEmpty()) {
            audit.record(ENTITY, version.getDocument().getId(), "hrDraftSaved", changes);
        }
        return saved;
    }

    /** Attaches a PDF (the signed announcement) to a draft; its type is judged from its bytes, not its name. */
    @Transactional
    @PreAuthorize(DRAFTERS)
    public AttachmentInfo attach(Long versionId, String originalName, byte[] content) {
        HrVersion version = writable(versionId);
        requireStatus(version, VersionStatus.DRAFT, "hr.error.notDraft");
        FileTypes.Detected type = fileTypes.check(content, originalName);
        if (!"application/pdf".equals(type.contentType())) {
            throw new BusinessRuleException("hr.error.pdfOnly", originalName);
        }
        String name = originalName == null || originalName.isBlank() ? "announcement.pdf" : originalName.strip();
        HrAttachment saved = attachments.saveAndFlush(new HrAttachment(version, name, type.contentType(), content,
                sha256(content), username.get(), clock.instant()));
        audit.record(ENTITY, version.getDocument().getId(), "hrFileAttached",
                List.of(FieldChange.of("file", null, name + " (" + content.length + " B)")));
        return new AttachmentInfo(saved.getId(), versionId, name, type.contentType(), content.length, sha256(content));
    }

    @Transactional
    @PreAuthorize(DRAFTERS)
    public void removeAttachment(Long attachmentId) {
        HrAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        HrVersion version = writable(attachment.getVersion().getId());
        requireStatus(version, VersionStatus.DRAFT, "hr.error.notDraft");
        attachments.delete(attachment);
        audit.record(ENTITY, version.getDocument().getId(), "hrFileRemoved",
                List.of(FieldChange.of("file", attachment.getOriginalName(), null)));
    }

    /** To the executives, once the announcement's number, date, signer, the effective date and the text are there. */
    @Transactional
    @PreAuthorize(DRAFTERS)
    public HrVersion submit(Long versionId) {
        HrVersion version = writable(versionId);
        requireStatus(version, VersionStatus.DRAFT, "hr.error.notDraft");
        List<String> missing = version.content().missingForSubmission();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException(missing.get(0) + ".required");
        }
        version.submit(username.get(), clock.instant());
        return step(version, "hrSubmitted");
    }

    @Transactional
    @PreAuthorize(APPROVERS)
    public HrVersion approve(Long versionId) {
        HrVersion version = decidable(versionId);
        version.approve(username.get(), clock.instant());
        return step(version, "hrApproved");
    }

    /** Back to the drafter with the reason, which they see until they submit again. */
    @Transactional
    @PreAuthorize(APPROVERS)
    public HrVersion returnForChanges(Long versionId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("hr.error.commentRequired");
        }
        HrVersion version = decidable(versionId);
        version.returnForChanges(comment.strip());
        audit.record(ENTITY, version.getDocument().getId(), "hrReturned",
                List.of(FieldChange.of("comment", null, comment.strip())));
        return versions.saveAndFlush(version);
    }

    /** Makes an approved version the public one; the version published before it is superseded. */
    @Transactional
    @PreAuthorize(PUBLISHERS)
    public HrVersion publish(Long versionId) {
        HrVersion version = writable(versionId);
        requireStatus(version, VersionStatus.APPROVED, "hr.error.notApproved");
        versions.findByDocumentOrderByNumberDesc(version.getDocument()).stream()
                .filter(v -> v.getStatus() == VersionStatus.PUBLISHED)
                .forEach(v -> {
                    v.supersede(clock.instant());
                    versions.save(v);
                });
        version.publish(username.get(), clock.instant());
        return step(version, "hrPublished");
    }

    /** Whether the signed-in user may start drafts for the office (its HR officer). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayDraft(Office office) {
        return offices.hasRole(Role.HR_OFFICER) && offices.mayWrite(office);
    }

    /** What the signed-in user may do with the version now. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public HrActions actionsFor(HrVersion version) {
        Office office = documents.findById(version.getDocument().getId()).orElseThrow().getOffice();
        offices.requireRead(office);
        boolean own = offices.mayWrite(office);
        boolean drafter = own && offices.hasRole(Role.HR_OFFICER);
        boolean executive = own && offices.hasRole(Role.EXECUTIVE);
        VersionStatus status = version.getStatus();
        boolean decides = executive && status == VersionStatus.SUBMITTED
                && !username.get().equals(version.getSubmittedBy());
        boolean newest = versions.lastNumber(version.getDocument()) == version.getNumber();
        return new HrActions(drafter && status == VersionStatus.DRAFT, drafter && status == VersionStatus.DRAFT,
                decides, decides, (drafter || executive) && status == VersionStatus.APPROVED,
                drafter && newest && status == VersionStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long documentId) {
        readable(documentId);
        return audit.history(ENTITY, documentId);
    }

    /** An attached file, for someone who may read the document's office. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public HrDownload download(Long attachmentId) {
        HrAttachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        readable(attachment.getVersion().getDocument().getId());
        return new HrDownload(attachment.getOriginalName(), attachment.getContentType(), attachment.getContent());
    }

    /** Today in the application's clock, for pages that show what is due. */
    public int currentBeYear() {
        return BuddhistDates.fiscalYearOf(LocalDate.now(clock));
    }

    private HrVersion step(HrVersion version, String action) {
        HrVersion saved = versions.saveAndFlush(version);
        audit.record(ENTITY, version.getDocument().getId(), action,
                List.of(FieldChange.of("status", null, "v" + version.getNumber() + " " + version.getStatus())));
        return saved;
    }

    private HrVersion decidable(Long versionId) {
        HrVersion version = writable(versionId);
        requireStatus(version, VersionStatus.SUBMITTED, "hr.error.notSubmitted");
        if (username.get().equals(version.getSubmittedBy())) {
            throw new AccessDeniedException("The submitter of a version cannot decide on it");
        }
        return version;
    }

    private static void requireStatus(HrVersion version, VersionStatus expected, String refusal) {
        if (version.getStatus() != expected) {
            throw new BusinessRuleException(refusal, version.getNumber(), version.getStatus().name());
        }
    }

    private HrDocument readable(Long documentId) {
        HrDocument document = documents.findWithOfficeAndYearById(documentId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireRead(document.getOffice());
        return document;
    }

    /** A version of the user's own office, whatever id was asked for. */
    private HrVersion writable(Long versionId) {
        HrVersion version = versions.findById(versionId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireWrite(version.getDocument().getOffice());
        return version;
    }

    private static List<FieldChange> changes(VersionContent before, VersionContent after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "title", before.title(), after.title());
        add(changes, "announcementNumber", before.announcementNumber(), after.announcementNumber());
        add(changes, "announcementDate", before.announcementDate(), after.announcementDate());
        add(changes, "signer", before.signer(), after.signer());
        add(changes, "effectiveDate", before.effectiveDate(), after.effectiveDate());
        add(changes, "body", before.body(), after.body());
        add(changes, "developmentResults", before.developmentResults(), after.developmentResults());
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(FieldChange.of(field, before, after));
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
