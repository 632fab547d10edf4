package org.itaboard.fiscalyear.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubIndicatorRepository extends JpaRepository<SubIndicator, Long> {

    @Query("select s from SubIndicator s where s.indicator.fiscalYear = :year order by s.indicator.number, s.code")
    List<SubIndicator> findByFiscalYear(FiscalYear year);
}
