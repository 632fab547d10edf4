package org.itaboard.fiscalyear.service;

import org.itaboard.base.service.RecordNotFoundException;
import java.util.Collection;
import java.util.List;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemCrosswalk;
import org.itaboard.fiscalyear.domain.ItemCrosswalkRepository;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.SameItems;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.Role;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crosswalk between an office's items of different years, for when a code changes (O28 of 2565, the HR report,
 * is O16 from 2567 on): the office's COORDINATOR adds and removes entries, everyone of the office (and the BMA's
 * readers of every office) reads them. Each change is audited inside its transaction. See {@link SameItems} for what
 * an entry means.
 */
@Service
public class ItemCrosswalkService {

    public static final String ENTITY = "ItemCrosswalk";

    private final ItemCrosswalkRepository crosswalk;
    private final ItemRepository items;
    private final OfficeAccess offices;
    private final AuditService audit;

    ItemCrosswalkService(ItemCrosswalkRepository crosswalk, ItemRepository items, OfficeAccess offices, AuditService audit) {
        this.crosswalk = crosswalk;
        this.items = items;
        this.offices = offices;
        this.audit = audit;
    }

    /** Whether the signed-in user may add and remove the office's entries (the screens ask before offering it). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayChange(Office office) {
        return offices.hasRole(Role.COORDINATOR) && offices.mayWrite(office);
    }

    /** The office's entries, oldest first, with both items and their years. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemCrosswalk> links(Office office) {
        return links(List.of(office));
    }

    /** The entries of several offices in one query (the offices overview). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemCrosswalk> links(Collection<Office> ofOffices) {
        if (ofOffices.isEmpty()) {
            return List.of();
        }
        ofOffices.forEach(offices::requireRead);
        return crosswalk.findByOfficeIn(ofOffices);
    }

    /**
     * Records that {@code to}, of a later year of the same office, is the item {@code from} became. Refused for
     * another office's item (like any forbidden call), an item of the same or an earlier year, an entry that exists,
     * and a pair that is the same item already by code and topic.
     */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public ItemCrosswalk link(Item from, Item to) {
        Item earlier = item(from);
        Item later = item(to);
        Office office = earlier.getFiscalYear().getOffice();
        offices.requireWrite(office);
        if (!later.getFiscalYear().getOffice().getId().equals(office.getId())) {
            throw new AccessDeniedException("Item of another office");
        }
        int fromYear = earlier.getFiscalYear().getBeYear();
        int toYear = later.getFiscalYear().getBeYear();
        if (toYear <= fromYear) {
            throw new BusinessRuleException("crosswalk.error.notLater", String.valueOf(fromYear));
        }
        if (SameItems.sameCodeAndTopic(earlier, later)) {
            throw new BusinessRuleException("crosswalk.error.alreadySame", later.getCode(), String.valueOf(toYear));
        }
        if (crosswalk.existsByFromAndTo(earlier, later)) {
            throw new BusinessRuleException("crosswalk.error.exists", later.getCode(), String.valueOf(toYear));
        }
        ItemCrosswalk saved = crosswalk.saveAndFlush(new ItemCrosswalk(earlier, later));
        audit.record(ENTITY, saved.getId(), "linked", List.of(FieldChange.of("from", null, label(earlier)),
                FieldChange.of("to", null, label(later))));
        return crosswalk.findWithItems(saved.getId()).orElseThrow();
    }

    /** Removes an entry of the coordinator's own office. */
    @Transactional
    @PreAuthorize("hasRole('COORDINATOR')")
    public void unlink(Long id) {
        ItemCrosswalk entry = crosswalk.findWithItems(id).orElseThrow(() -> new RecordNotFoundException());
        offices.requireWrite(entry.getFrom().getFiscalYear().getOffice());
        audit.record(ENTITY, id, "unlinked", List.of(FieldChange.of("from", label(entry.getFrom()), null),
                FieldChange.of("to", label(entry.getTo()), null)));
        crosswalk.delete(entry);
        crosswalk.flush();
    }

    /** The stored item, of an office the caller may read. */
    private Item item(Item item) {
        if (item == null || item.getId() == null) {
            throw new RecordNotFoundException();
        }
        Item stored = items.findById(item.getId()).orElseThrow(() -> new RecordNotFoundException());
        offices.requireRead(stored.getFiscalYear().getOffice());
        return stored;
    }

    /** How an item reads in the history: its year and code, e.g. "2565 O28". */
    private static String label(Item item) {
        return item.getFiscalYear().getBeYear() + " " + item.getCode();
    }
}
