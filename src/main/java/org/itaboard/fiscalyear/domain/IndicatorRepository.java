package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByFiscalYearOrderByNumber(FiscalYear fiscalYear);

    void deleteByFiscalYear(FiscalYear fiscalYear);

    /** The indicators of several years in one query, each year's by number. */
    @Query("select i from Indicator i where i.fiscalYear in :years order by i.fiscalYear.id, i.number")
    List<Indicator> findByFiscalYearIn(Collection<FiscalYear> years);
}
