package org.itaboard.meetings.domain;

/** A task from a meeting: open (or returned), answered by its division, closed by the coordinator or an executive. */
public enum TaskStatus {
    OPEN,
    ANSWERED,
    CLOSED;

    /** Not yet closed: it stays on every next agenda. */
    public boolean isPending() {
        return this != CLOSED;
    }
}
