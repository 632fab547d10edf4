package org.itaboard.fiscalyear.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByFiscalYearOrderByNumber(FiscalYear fiscalYear);

    void deleteByFiscalYear(FiscalYear fiscalYear);
}
