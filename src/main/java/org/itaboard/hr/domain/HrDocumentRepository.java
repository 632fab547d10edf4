package org.itaboard.hr.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HrDocumentRepository extends JpaRepository<HrDocument, Long> {

    Optional<HrDocument> findByOfficeAndSlug(Office office, String slug);

    List<HrDocument> findByOfficeOrderByIdAsc(Office office);

    Optional<HrDocument> findByOfficeAndKindAndFiscalYear(Office office, DocumentKind kind, FiscalYear fiscalYear);

    Optional<HrDocument> findByOfficeAndKindAndFiscalYearIsNull(Office office, DocumentKind kind);
}
