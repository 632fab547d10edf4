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
     * The schedules of several years' measures in one of {@code statuses}, without loading the measures (the offices
     * overview counts the late ones among those {@link MeasureSchedule#UNDER_WAY}).
     */
    @Query("""
            select new org.itaboard.measures.domain.YearSchedule(m.fiscalYear.id, m.status, m.frequency, m.startDate,
                m.dueDate, m.lastUpdateOn, m.progress)
            from Measure m where m.fiscalYear in ?1 and m.status in ?2""")
    List<YearSchedule> findSchedules(Collection<FiscalYear> fiscalYears, Collection<MeasureStatus> statuses);

    /**
     * The codes of the items of several years that some measure links (a measure links items of its own year), each
     * with its year's id: the offices overview's weak items with a measure. Read item by item through the index of
     * the links, so the cost follows the years asked for, not every office's measures.
     */
    default List<LinkedItemCode> findLinkedItemCodes(Collection<FiscalYear> fiscalYears) {
        return findLinkedItemRows(fiscalYears.stream().map(FiscalYear::getId).toList()).stream()
                .map(row -> new LinkedItemCode(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /** Year id and code of each item of the years that a measure links; SQL, since JPQL would join every measure. */
    @Query(value = """
            select i.fiscal_year_id, i.code from item i
            where i.fiscal_year_id in (?1) and exists (select 1 from measure_item l where l.item_id = i.id)""",
            nativeQuery = true)
    List<Object[]> findLinkedItemRows(Collection<Long> fiscalYearIds);

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
