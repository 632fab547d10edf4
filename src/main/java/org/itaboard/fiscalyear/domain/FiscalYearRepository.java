package org.itaboard.fiscalyear.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FiscalYearRepository extends JpaRepository<FiscalYear, Long> {

    Optional<FiscalYear> findByOfficeAndBeYear(Office office, int beYear);

    /** The year with its row locked for writing until the transaction ends (SELECT … FOR UPDATE). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select y from FiscalYear y where y.id = :id")
    Optional<FiscalYear> findForChangeById(Long id);

    List<FiscalYear> findByOfficeOrderByBeYearAsc(Office office);

    /** The office's years up to {@code upTo} that have results (an item score or a printed figure), newest first. */
    @Query("""
            select y from FiscalYear y where y.office = :office and y.beYear <= :upTo
              and (exists (select 1 from Item i where i.fiscalYear = y and i.score is not null)
                   or exists (select 1 from PublishedScore p where p.fiscalYear = y))
            order by y.beYear desc""")
    List<FiscalYear> findScoredUpTo(Office office, int upTo, Limit limit);

    /** Year {@code beYear} of every office that has it (the offices overview). */
    List<FiscalYear> findAllByBeYear(int beYear);

    /** Every BE year any office has, newest first. */
    @Query("select distinct y.beYear from FiscalYear y order by y.beYear desc")
    List<Integer> findAllBeYears();

    /** The newest BE year up to {@code upTo} in which any office has results (an item score or a printed figure). */
    @Query("""
            select max(y.beYear) from FiscalYear y where y.beYear <= :upTo
              and (exists (select 1 from Item i where i.fiscalYear = y and i.score is not null)
                   or exists (select 1 from PublishedScore p where p.fiscalYear = y))""")
    Optional<Integer> findLatestScoredBeYearUpTo(int upTo);
}
