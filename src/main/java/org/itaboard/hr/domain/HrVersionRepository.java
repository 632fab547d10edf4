package org.itaboard.hr.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HrVersionRepository extends JpaRepository<HrVersion, Long> {

    /** A document's versions, newest first. */
    List<HrVersion> findByDocumentOrderByNumberDesc(HrDocument document);

    Optional<HrVersion> findByDocumentAndNumber(HrDocument document, int number);

    @EntityGraph(attributePaths = {"document", "document.office", "document.fiscalYear"})
    @Query("select v from HrVersion v where v.document.office = :office order by v.document.id, v.number desc")
    List<HrVersion> findByOffice(Office office);

    @EntityGraph(attributePaths = {"document", "document.office", "document.fiscalYear"})
    @Query("select v from HrVersion v where v.document.office = :office and v.status in :statuses"
            + " order by v.modifiedAt desc, v.id desc")
    List<HrVersion> findByOfficeAndStatusIn(Office office, Collection<VersionStatus> statuses);

    @Query("select coalesce(max(v.number), 0) from HrVersion v where v.document = :document")
    int lastNumber(HrDocument document);
}
