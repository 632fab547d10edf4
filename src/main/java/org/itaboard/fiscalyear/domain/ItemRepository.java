package org.itaboard.fiscalyear.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemRepository extends JpaRepository<Item, Long> {

    List<Item> findByFiscalYearOrderBySortOrderAsc(FiscalYear fiscalYear);

    /** The items of several years by catalogue order, their indicators expected loaded already (a catalogue's are). */
    List<Item> findByFiscalYearInOrderBySortOrderAsc(Collection<FiscalYear> fiscalYears);

    Optional<Item> findByFiscalYearAndCode(FiscalYear fiscalYear, String code);

    boolean existsByFiscalYearAndScoreIsNotNull(FiscalYear fiscalYear);

    void deleteByFiscalYear(FiscalYear fiscalYear);

    /** The catalogues of several years in one query, with their indicators, each year's items in catalogue order. */
    @Query("""
            select i from Item i join fetch i.indicator left join fetch i.subIndicator
            where i.fiscalYear in :years order by i.fiscalYear.id, i.sortOrder""")
    List<Item> findByFiscalYearIn(Collection<FiscalYear> years);

    /** What scoring needs of several years' items, each year's in catalogue order, without loading the items. */
    @Query("""
            select new org.itaboard.fiscalyear.domain.ItemScore(i.fiscalYear.id, i.code, i.tool, ind.number, sub.code,
                i.score)
            from Item i join i.indicator ind left join i.subIndicator sub
            where i.fiscalYear in :years order by i.fiscalYear.id, i.sortOrder""")
    List<ItemScore> findScoresByFiscalYearIn(Collection<FiscalYear> years);
}
