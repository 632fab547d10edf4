package org.itaboard.projection.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    List<Scenario> findByFiscalYearOrderByNameAsc(FiscalYear fiscalYear);

    Optional<Scenario> findByFiscalYearAndName(FiscalYear fiscalYear, String name);
}
