package org.itaboard.hr.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HrDocumentRepository extends JpaRepository<HrDocument, Long> {

    Optional<HrDocument> findByOfficeAndSlug(Office office, String slug);

    /** The document with its office and year, for pages that show both after the transaction. */
    @EntityGraph(attributePaths = {"office", "fiscalYear"})
    Optional<HrDocument> findWithOfficeAndYearById(Long id);

    List<HrDocument> findByOfficeOrderByIdAsc(Office office);

    Optional<HrDocument> findByOfficeAndKindAndFiscalYear(Office office, DocumentKind kind, FiscalYear fiscalYear);

    Optional<HrDocument> findByOfficeAndKindAndFiscalYearIsNull(Office office, DocumentKind kind);
}
