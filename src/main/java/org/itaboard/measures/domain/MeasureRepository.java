package org.itaboard.measures.domain;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByFiscalYearOrderByIdAsc(FiscalYear fiscalYear);

    @Query("select distinct m from Measure m join m.items i where i = ?1 order by m.id")
    List<Measure> findByItem(Item item);

    List<Measure> findAllByOrderByIdAsc();
}
