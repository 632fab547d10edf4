package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.itaboard.base.domain.AbstractEntity;

/**
 * An entry of the coordinator's crosswalk: {@code to}, an item of a later year of the same office, asks what
 * {@code from} asked under another code (O28 of 2565, the HR report, is O16 from 2567 on). Items of the same code
 * and topic need no entry (see {@link SameItems}).
 */
@Entity
@Table(name = "item_crosswalk")
public class ItemCrosswalk extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_item_id", nullable = false, updatable = false)
    private Item from;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_item_id", nullable = false, updatable = false)
    private Item to;

    protected ItemCrosswalk() {
    }

    public ItemCrosswalk(Item from, Item to) {
        this.from = from;
        this.to = to;
    }

    /** The item of the earlier year. */
    public Item getFrom() {
        return from;
    }

    /** The item of the later year. */
    public Item getTo() {
        return to;
    }
}
