package org.itaboard.oit.service;

import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.security.service.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a checklist item, in one place for the checklist's edits and its files: coordinators of the
 * item's office do everything; a head of its division fills it until it is verified; everyone else reads.
 */
@Component
class ChecklistAccess {

    private final ItemRepository items;
    private final OfficeAccess offices;
    private final CurrentUser currentUser;

    ChecklistAccess(ItemRepository items, OfficeAccess offices, CurrentUser currentUser) {
        this.items = items;
        this.offices = offices;
        this.currentUser = currentUser;
    }

    ChecklistActions actionsFor(ChecklistItem entry) {
        Office office = entry.getItem().getFiscalYear().getOffice();
        if (!offices.mayWrite(office)) {
            return ChecklistActions.READ_ONLY;
        }
        if (offices.hasRole(Role.COORDINATOR)) {
            return new ChecklistActions(true, true);
        }
        boolean head = offices.hasRole(Role.DIVISION_HEAD) && entry.getDivision() != null
                && currentUser.division().map(d -> d.getId().equals(entry.getDivision().getId())).orElse(false);
        return new ChecklistActions(false, head && entry.getStatus() != DisclosureStatus.VERIFIED);
    }

    /** The stored OIT item, of an office the caller may read. */
    Item oitItem(Item item) {
        if (item == null || item.getId() == null) {
            throw new BusinessRuleException("error.notFound");
        }
        Item stored = items.findById(item.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        offices.requireRead(stored.getFiscalYear().getOffice());
        if (stored.getTool() != Tool.OIT) {
            throw new BusinessRuleException("oit.error.notOit", stored.getCode());
        }
        return stored;
    }
}
