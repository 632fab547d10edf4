package org.itaboard.measures.domain;

import java.util.Set;

/** DRAFT → ACTIVE → DONE → VERIFIED, or CANCELLED (with a reason) from any open state. */
public enum MeasureStatus {
    DRAFT,
    ACTIVE,
    DONE,
    VERIFIED,
    CANCELLED;

    /** Whether a measure in this status may move to {@code next} by an ordinary step (not a reopening). */
    public boolean canMoveTo(MeasureStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, CANCELLED).contains(next);
            case ACTIVE -> Set.of(DONE, CANCELLED).contains(next);
            case DONE -> Set.of(VERIFIED, ACTIVE, CANCELLED).contains(next);
            case VERIFIED, CANCELLED -> false;
        };
    }

    /** Work still going on: progress is expected and a missed update makes the measure late. */
    public boolean isOpen() {
        return this == DRAFT || this == ACTIVE;
    }
}
