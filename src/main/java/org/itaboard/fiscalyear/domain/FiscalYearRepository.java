package org.itaboard.fiscalyear.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FiscalYearRepository extends JpaRepository<FiscalYear, Long> {

    Optional<FiscalYear> findByBeYear(int beYear);

    List<FiscalYear> findAllByOrderByBeYearAsc();
}
