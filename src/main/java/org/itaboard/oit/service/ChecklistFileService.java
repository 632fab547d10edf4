package org.itaboard.oit.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.measures.domain.EvidenceFile;
import org.itaboard.measures.domain.EvidenceFileRepository;
import org.itaboard.measures.service.EvidenceDownload;
import org.itaboard.measures.service.FileTypes;
import org.itaboard.meetings.domain.Meeting;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.oit.domain.ChecklistFile;
import org.itaboard.oit.domain.ChecklistFileInfo;
import org.itaboard.oit.domain.ChecklistFileRepository;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.ChecklistItemRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a checklist item as evidence: uploads (checked by content and size like every upload, see
 * {@link FileTypes#check}) and the minutes of a closed meeting of the item's year. Attaching and removing are
 * checklist edits: the coordinator on every item, a division head on the items of their division until verified;
 * everyone of the office (and the BMA's analysts) lists and downloads. Another office's item or file is refused
 * whatever the id. Every change is audited on the checklist item in its transaction.
 */
@Service
public class ChecklistFileService {

    static final String FILLERS = "hasAnyRole('COORDINATOR','DIVISION_HEAD')";

    private final ChecklistFileRepository files;
    private final ChecklistItemRepository checklist;
    private final EvidenceFileRepository contents;
    private final ChecklistAccess access;
    private final OfficeAccess offices;
    private final FiscalYearService years;
    private final MeetingService meetings;
    private final FileTypes fileTypes;
    private final AuditService audit;
    private final CurrentUsername username;
    private final Clock clock;

    ChecklistFileService(ChecklistFileRepository files, ChecklistItemRepository checklist, EvidenceFileRepository contents,
            ChecklistAccess access, OfficeAccess offices, FiscalYearService years, MeetingService meetings, FileTypes fileTypes,
            AuditService audit, CurrentUsername username, Clock clock) {
        this.files = files;
        this.checklist = checklist;
        this.contents = contents;
        this.access = access;
        this.offices = offices;
        this.years = years;
        this.meetings = meetings;
        this.fileTypes = fileTypes;
        this.audit = audit;
        this.username = username;
        this.clock = clock;
    }

    /** The largest file accepted, in megabytes (the upload component refuses larger ones in the browser). */
    @PreAuthorize("isAuthenticated()")
    public long maxMegabytes() {
        return fileTypes.maxSize().toMegabytes();
    }

    /** The item's files, oldest first, without their bytes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistFileInfo> files(Item target) {
        Item item = access.oitItem(target);
        return checklist.findByItem(item).map(files::infos).orElse(List.of());
    }

    /** The files of every item of the year by catalogue item id, in one query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<ChecklistFileInfo>> filesOfYear(FiscalYear target) {
        FiscalYear year = years.reload(target);
        offices.requireRead(year.getOffice());
        Map<Long, List<ChecklistFileInfo>> byItem = new LinkedHashMap<>();
        for (ChecklistFileInfo info : files.infosOfYear(year)) {
            byItem.computeIfAbsent(info.itemId(), id -> new java.util.ArrayList<>()).add(info);
        }
        return byItem;
    }

    /** Attaches an uploaded file; its type is judged from its bytes, not its name. */
    @Transactional
    @PreAuthorize(FILLERS)
    public ChecklistFileInfo attach(Item target, String originalName, byte[] content) {
        ChecklistItem entry = fillable(target);
        FileTypes.Detected type = fileTypes.check(content, originalName);
        String name = originalName == null || originalName.isBlank() ? "evidence" : originalName.strip();
        return store(entry, name, type.contentType(), content, null);
    }

    /** The office's closed meetings of the item's fiscal year, newest first: whose minutes may be attached to it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Meeting> closedMeetings(Item target) {
        Item item = access.oitItem(target);
        FiscalYear year = item.getFiscalYear();
        return meetings.meetings(year.getOffice()).stream()
                .filter(m -> m.isClosed() && m.getFiscalYear().getId().equals(year.getId())).toList();
    }

    /**
     * Attaches the minutes of a closed meeting of the item's office and fiscal year as a Word document, as the
     * meetings feature writes them at this moment (a closed meeting's minutes no longer change). Refused for a
     * meeting still open, of another year or office, or whose minutes the item already holds.
     */
    @Transactional
    @PreAuthorize(FILLERS)
    public ChecklistFileInfo attachMinutes(Item target, Long meetingId) {
        ChecklistItem entry = fillable(target);
        Meeting meeting = meetings.get(meetingId);
        FiscalYear year = entry.getItem().getFiscalYear();
        if (!meeting.getOffice().getId().equals(year.getOffice().getId())) {
            throw new AccessDeniedException("Meeting of another office");
        }
        if (!meeting.isClosed()) {
            throw new BusinessRuleException("oit.error.minutesNotClosed", meeting.numberLabel());
        }
        if (!meeting.getFiscalYear().getId().equals(year.getId())) {
            throw new BusinessRuleException("oit.error.minutesOtherYear", meeting.numberLabel(), String.valueOf(year.getBeYear()));
        }
        if (entry.getId() != null && files.existsByEntryAndMeetingId(entry, meeting.getId())) {
            throw new BusinessRuleException("oit.error.minutesTwice", meeting.numberLabel());
        }
        EvidenceDownload minutes = minutesOf(meeting);
        return store(entry, minutes.fileName(), minutes.contentType(), minutes.content(), meeting.getId());
    }

    /** The file itself, for anyone who may read the item's office. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public EvidenceDownload download(Long fileId) {
        ChecklistFile file = readable(fileId);
        return new EvidenceDownload(file.getOriginalName(), file.getContentType(), file.getFile().getContent());
    }

    @Transactional
    @PreAuthorize(FILLERS)
    public void remove(Long fileId) {
        ChecklistFile file = readable(fileId);
        ChecklistItem entry = file.getEntry();
        offices.requireWrite(entry.getItem().getFiscalYear().getOffice());
        if (!access.actionsFor(entry).fill()) {
            throw new AccessDeniedException("Item " + entry.getItem().getCode() + " is not of the user's division");
        }
        EvidenceFile bytes = file.getFile();
        files.delete(file);
        files.flush();
        contents.delete(bytes);
        audit.record(OitChecklistService.ENTITY, entry.getId(), "evidenceFileRemoved",
                List.of(FieldChange.of("file", file.getOriginalName() + " (SHA-256 " + file.getSha256() + ")", null)));
    }

    /**
     * The minutes document of a meeting: the one place that asks the meetings feature for it (switch here if the
     * minutes come from elsewhere).
     */
    private EvidenceDownload minutesOf(Meeting meeting) {
        return meetings.minutes(meeting.getId());
    }

    private ChecklistFileInfo store(ChecklistItem entry, String name, String contentType, byte[] content, Long meetingId) {
        ChecklistItem saved = entry;
        if (entry.getId() == null) {
            saved = checklist.saveAndFlush(entry);
            audit.record(OitChecklistService.ENTITY, saved.getId(), "created", List.of());
        }
        String sha256 = sha256(content);
        EvidenceFile bytes = contents.save(new EvidenceFile(content));
        ChecklistFile file = files.saveAndFlush(new ChecklistFile(saved, bytes, name, contentType, content.length, sha256,
                meetingId, username.get(), clock.instant()));
        audit.record(OitChecklistService.ENTITY, saved.getId(), meetingId == null ? "evidenceFileAdded" : "minutesAttached",
                List.of(FieldChange.of("file", null, name + " (" + contentType + ", " + content.length + " B, SHA-256 " + sha256 + ")")));
        return new ChecklistFileInfo(file.getId(), saved.getItem().getId(), name, contentType, content.length, sha256, meetingId,
                file.getUploadedBy(), file.getUploadedAt());
    }

    /** The item's checklist entry (new while nothing was started), when the caller may fill it. */
    private ChecklistItem fillable(Item target) {
        Item item = access.oitItem(target);
        offices.requireWrite(item.getFiscalYear().getOffice());
        ChecklistItem entry = checklist.findByItem(item).orElseGet(() -> new ChecklistItem(item));
        if (!access.actionsFor(entry).fill()) {
            throw new AccessDeniedException("Item " + item.getCode() + " is not of the user's division");
        }
        return entry;
    }

    /** A file of an item of an office the caller may read, whatever id was asked for. */
    private ChecklistFile readable(Long fileId) {
        ChecklistFile file = fileId == null ? null : files.findById(fileId).orElse(null);
        if (file == null) {
            throw new BusinessRuleException("error.notFound");
        }
        offices.requireRead(file.getEntry().getItem().getFiscalYear().getOffice());
        return file;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
