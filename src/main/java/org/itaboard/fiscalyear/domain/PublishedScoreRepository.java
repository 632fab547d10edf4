package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublishedScoreRepository extends JpaRepository<PublishedScore, Long> {

    List<PublishedScore> findByFiscalYear(FiscalYear fiscalYear);

    Optional<PublishedScore> findByFiscalYearAndCode(FiscalYear fiscalYear, String code);

    boolean existsByFiscalYear(FiscalYear fiscalYear);

    void deleteByFiscalYear(FiscalYear fiscalYear);

    List<PublishedScore> findByFiscalYearIn(Collection<FiscalYear> fiscalYears);
}
