package org.itaboard.fiscalyear.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemRepository extends JpaRepository<Item, Long> {

    List<Item> findByFiscalYearOrderBySortOrderAsc(FiscalYear fiscalYear);

    Optional<Item> findByFiscalYearAndCode(FiscalYear fiscalYear, String code);

    boolean existsByFiscalYearAndScoreIsNotNull(FiscalYear fiscalYear);

    void deleteByFiscalYear(FiscalYear fiscalYear);
}
