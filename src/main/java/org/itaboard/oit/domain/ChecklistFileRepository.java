package org.itaboard.oit.domain;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChecklistFileRepository extends JpaRepository<ChecklistFile, Long> {

    @Query("select new org.itaboard.oit.domain.ChecklistFileInfo(f.id, f.entry.item.id, f.originalName, f.contentType,"
            + " f.sizeBytes, f.sha256, f.meetingId, f.uploadedBy, f.uploadedAt) from ChecklistFile f"
            + " where f.entry = :entry order by f.uploadedAt, f.id")
    List<ChecklistFileInfo> infos(ChecklistItem entry);

    /** The files of every item of the year, for the checklist's list (one query, no bytes). */
    @Query("select new org.itaboard.oit.domain.ChecklistFileInfo(f.id, f.entry.item.id, f.originalName, f.contentType,"
            + " f.sizeBytes, f.sha256, f.meetingId, f.uploadedBy, f.uploadedAt) from ChecklistFile f"
            + " where f.entry.item.fiscalYear = :year order by f.uploadedAt, f.id")
    List<ChecklistFileInfo> infosOfYear(FiscalYear year);

    boolean existsByEntryAndMeetingId(ChecklistItem entry, Long meetingId);
}
