package org.itaboard.meetings.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.measures.domain.Measure;
import org.itaboard.offices.domain.Office;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The few aggregate queries an agenda is drawn from: each reads a whole year at once, so building an agenda costs
 * the same handful of statements whatever the number of measures, updates or items.
 */
public interface AgendaDataRepository extends Repository<Measure, Long> {

    /** What was reported on a measure since a date: how many reports and evidence records, the last report's day. */
    record Activity(Long measureId, String title, int progress, long reports, LocalDate lastReport) {
    }

    record ScoreChange(String code, org.itaboard.base.domain.AuditEntry entry) {
    }

    record ScorePoint(int beYear, BigDecimal score) {
    }

    /** The year's measures with everything lateness and the agenda's wording need, in one statement. */
    @Query("""
            select distinct m from Measure m left join fetch m.leadDivision left join fetch m.items
            left join fetch m.supportingDivisions where m.fiscalYear = :year order by m.id""")
    List<Measure> measuresOf(FiscalYear year);

    @Query("""
            select new org.itaboard.meetings.domain.AgendaDataRepository$Activity(m.id, m.title, m.progress, count(u),
            max(u.reportedOn)) from ProgressUpdate u join u.measure m
            where m.fiscalYear = :year and u.reportedOn >= :since group by m.id, m.title, m.progress order by m.id""")
    List<Activity> progressSince(FiscalYear year, LocalDate since);

    /** Evidence added since an instant, counted per measure: {measure id, count}. */
    @Query("""
            select e.measure.id, count(e) from Evidence e
            where e.measure.fiscalYear = :year and e.createdAt >= :since group by e.measure.id""")
    List<Object[]> evidenceSince(FiscalYear year, Instant since);

    /** Item scores and printed figures changed since an instant, from the audit history (item score edits, imports). */
    @Query("""
            select new org.itaboard.meetings.domain.AgendaDataRepository$ScoreChange(i.code, a)
            from AuditEntry a, Item i where a.entityType = 'Item' and a.entityId = i.id and i.fiscalYear = :year
            and a.occurredAt >= :since order by i.code, a.occurredAt""")
    List<ScoreChange> itemScoresChangedSince(FiscalYear year, Instant since);

    @Query("""
            select new org.itaboard.meetings.domain.AgendaDataRepository$ScoreChange(a.action, a)
            from AuditEntry a where a.entityType = 'FiscalYear' and a.entityId = :yearId
            and a.action in ('publishedScoreChanged', 'scoresImported') and a.occurredAt >= :since order by a.occurredAt""")
    List<ScoreChange> printedFiguresChangedSince(Long yearId, Instant since);

    /** An item's score in every year of the office that has the code, oldest first. */
    @Query("""
            select new org.itaboard.meetings.domain.AgendaDataRepository$ScorePoint(y.beYear, i.score)
            from Item i join i.fiscalYear y where y.office = :office and i.code = :code and i.score is not null
            order by y.beYear""")
    List<ScorePoint> scoreHistory(Office office, String code);

    /** The measure's newest photo (an evidence record with a thumbnail). */
    @Query("select e.id from Evidence e where e.measure.id = :measureId and e.thumbnail is not null order by e.createdAt desc, e.id desc")
    List<Long> latestPhoto(Long measureId, Limit limit);
}
