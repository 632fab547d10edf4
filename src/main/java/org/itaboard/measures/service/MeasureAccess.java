package org.itaboard.measures.service;

import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.security.service.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change which measure, checked in the services whatever the screen shows: the coordinator
 * all of them, a division head those their division leads (edit) or leads or supports (progress,
 * evidence). Someone else's measure is refused with {@link AccessDeniedException}; a rule about the
 * measure's state (verified, approved, cancelled) with a {@link BusinessRuleException}.
 */
@Component
public class MeasureAccess {

    private final CurrentUser currentUser;
    private final OfficeAccess offices;

    MeasureAccess(CurrentUser currentUser, OfficeAccess offices) {
        this.currentUser = currentUser;
        this.offices = offices;
    }

    public boolean isCoordinator() {
        return currentUser.hasRole(Role.COORDINATOR);
    }

    public boolean isExecutive() {
        return currentUser.hasRole(Role.EXECUTIVE);
    }

    /** Whether the signed-in user may edit the measure's fields (ignoring its state). */
    public boolean mayEdit(Measure measure) {
        return isOwnOffice(measure) && isCoordinator() || currentUser.hasRole(Role.DIVISION_HEAD)
                && currentUser.division().map(d -> d.equals(measure.getLeadDivision())).orElse(false);
    }

    /** Whether the signed-in user may report progress and add evidence (ignoring its state). */
    public boolean mayContribute(Measure measure) {
        return isOwnOffice(measure) && isCoordinator() || currentUser.hasRole(Role.DIVISION_HEAD)
                && currentUser.division().map(measure::involves).orElse(false);
    }

    /** Only the measure's own office changes it (a division belongs to one office, so a head's check implies it). */
    private boolean isOwnOffice(Measure measure) {
        return offices.isOwn(measure.getFiscalYear().getOffice());
    }

    void requireEdit(Measure measure) {
        if (!mayEdit(measure)) {
            throw new AccessDeniedException("Measure " + measure.getId() + " is not led by the user's division");
        }
        requireNotFrozen(measure);
    }

    void requireContribute(Measure measure) {
        if (!mayContribute(measure)) {
            throw new AccessDeniedException("Measure " + measure.getId() + " is not led or supported by the user's division");
        }
        if (measure.getStatus() == MeasureStatus.VERIFIED || measure.getStatus() == MeasureStatus.CANCELLED) {
            throw new BusinessRuleException("measure.error.closed");
        }
    }

    void requireCoordinator() {
        if (!isCoordinator()) {
            throw new AccessDeniedException("Coordinator only");
        }
    }

    static void requireNotFrozen(Measure measure) {
        if (measure.getStatus() == MeasureStatus.VERIFIED || measure.isFrozen()) {
            throw new BusinessRuleException("measure.error.frozen");
        }
        if (measure.getStatus() == MeasureStatus.CANCELLED) {
            throw new BusinessRuleException("measure.error.closed");
        }
    }
}
