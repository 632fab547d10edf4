package org.itaboard.fiscalyear.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerDistributionRepository extends JpaRepository<AnswerDistribution, Long> {

    List<AnswerDistribution> findByItemFiscalYearAndItemCodeOrderBySubNoAsc(FiscalYear year, String code);

    boolean existsByItemFiscalYear(FiscalYear fiscalYear);
}
