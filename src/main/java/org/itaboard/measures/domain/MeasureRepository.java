package org.itaboard.measures.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    /**
     * The year's measures with their items and divisions, in one query however many there are (the items' indicators
     * follow in one more, unless the year's catalogue is loaded already).
     */
    @Query("""
            select m from Measure m left join fetch m.items left join fetch m.leadDivision
            left join fetch m.supportingDivisions where m.fiscalYear = ?1 order by m.id""")
    List<Measure> findByFiscalYearOrderByIdAsc(FiscalYear fiscalYear);

    /**
     * The measures of the offices' years from {@code fromBeYear} on, with their items (and the items' indicators) and
     * divisions, in one query however many offices and measures there are.
     */
    @Query("""
            select distinct m from Measure m join fetch m.fiscalYear y left join fetch m.items i
            left join fetch i.indicator left join fetch i.subIndicator
            left join fetch m.leadDivision left join fetch m.supportingDivisions
            where y.office in ?1 and y.beYear >= ?2 order by m.id""")
    List<Measure> findByOfficeInFromBeYear(Collection<Office> offices, int fromBeYear);

    @Query("select distinct m from Measure m join m.items i where i = ?1 order by m.id")
    List<Measure> findByItem(Item item);

    List<Measure> findAllByOrderByIdAsc();

    /** The measures a division leads or supports. */
    @Query("select distinct m from Measure m left join m.supportingDivisions s where m.leadDivision = ?1 or s = ?1 order by m.id")
    List<Measure> findInvolving(Division division);

    /** The office's newest fiscal year (BE) up to {@code upTo} that has any measure; empty when there is none. */
    @Query("select max(m.fiscalYear.beYear) from Measure m where m.fiscalYear.office = ?1 and m.fiscalYear.beYear <= ?2")
    Optional<Integer> latestBeYear(Office office, int upTo);
}
