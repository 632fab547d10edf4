package org.itaboard.oit.domain;

/**
 * How far an OIT item's disclosure has come: nothing yet, being prepared, on the office website, and checked by the
 * coordinator against what the assessors ask (only the coordinator verifies).
 */
public enum DisclosureStatus {
    NOT_STARTED, IN_PROGRESS, PUBLISHED, VERIFIED;

    /** Whether the item is on the website (published or verified). */
    public boolean isPublished() {
        return this == PUBLISHED || this == VERIFIED;
    }
}
