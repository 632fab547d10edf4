package org.itaboard.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.division.domain.Division;

/** A user's membership of a division from a start date to an optional end date (inclusive). */
@Entity
@Table(name = "division_assignment")
public class DivisionAssignment extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "division_id")
    private Division division;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected DivisionAssignment() {
    }

    DivisionAssignment(AppUser user, Division division, LocalDate startDate, LocalDate endDate) {
        this.user = user;
        this.division = division;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public AppUser getUser() {
        return user;
    }

    public Division getDivision() {
        return division;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    /** Ends the membership on {@code date}, e.g. when the post changes hands. */
    public void endOn(LocalDate date) {
        this.endDate = date;
    }

    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }
}
