package org.itaboard.reports.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.ProgressUpdate;
import org.springframework.stereotype.Component;

/**
 * Reads what a report needs of a whole year in a fixed number of queries (a thousand measures must not mean
 * thousands of queries); the caller has checked the user may read the year's office.
 */
@Component
class ReportData {

    private final EntityManager em;

    ReportData(EntityManager em) {
        this.em = em;
    }

    /** The progress reported on the year's measures within the period, oldest first. */
    List<ProgressUpdate> updates(FiscalYear year, LocalDate from, LocalDate to) {
        return em.createQuery("select u from ProgressUpdate u where u.measure.fiscalYear = :year"
                        + " and u.reportedOn between :from and :to order by u.reportedOn, u.id", ProgressUpdate.class)
                .setParameter("year", year).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** All evidence of the year's measures, in the order it was added. */
    List<Evidence> evidence(FiscalYear year) {
        return em.createQuery("select e from Evidence e where e.measure.fiscalYear = :year order by e.id", Evidence.class)
                .setParameter("year", year).getResultList();
    }

    /** The thumbnails of some photos by evidence id: read a batch at a time while a report is written. */
    Map<Long, byte[]> thumbnails(Collection<Long> evidenceIds) {
        Map<Long, byte[]> found = new HashMap<>();
        if (evidenceIds.isEmpty()) {
            return found;
        }
        em.createQuery("select e.id, t.content from Evidence e join e.thumbnail t where e.id in :ids", Object[].class)
                .setParameter("ids", evidenceIds).getResultList()
                .forEach(row -> found.put((Long) row[0], (byte[]) row[1]));
        return found;
    }
}
