package org.itaboard.hr.domain;

/**
 * Where a version of a personnel document stands. Only {@link #DRAFT} can be edited; an executive's return sends
 * a submitted version back to draft; publishing a version supersedes the one published before it.
 */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    SUPERSEDED;

    /** Whether the public has seen this version (the current one or an older one). */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    /** Still on its way to publication. */
    public boolean isInProgress() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }
}
