package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubIndicatorRepository extends JpaRepository<SubIndicator, Long> {

    @Query("select s from SubIndicator s where s.indicator.fiscalYear = :year order by s.indicator.number, s.code")
    List<SubIndicator> findByFiscalYear(FiscalYear year);

    /** The sub-indicators of several years in one query, each year's by indicator number and code. */
    @Query("""
            select s from SubIndicator s join fetch s.indicator i where i.fiscalYear in :years
            order by i.fiscalYear.id, i.number, s.code""")
    List<SubIndicator> findByFiscalYearIn(Collection<FiscalYear> years);
}
