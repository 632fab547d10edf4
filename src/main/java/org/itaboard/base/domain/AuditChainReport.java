package org.itaboard.base.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a walk along the audit chain found: how many entries it checked, when and how long it took, the head it
 * ended on (written down outside the database, it also proves later that the whole chain was not rebuilt), and the
 * first place where the chain breaks, if any.
 */
public record AuditChainReport(long entriesChecked, Instant checkedAt, Duration took, Long headId, String headHash,
        Optional<Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Where the chain breaks: the entry concerned (its time when it is still there) and what was done. */
    public record Break(long entryId, Instant occurredAt, Kind kind) {
    }

    public enum Kind {
        /** The entry's columns no longer give its hash: it was changed (or its hash was). */
        CHANGED,
        /** The entry is intact but its predecessor is not the entry before it: one or more entries before it were removed. */
        REMOVED_BEFORE,
        /** The entry does not belong in the chain: the entries around it link to each other, not to it. */
        INSERTED,
        /** The chain ends before the entry its head names: the last entries, up to this id, were removed. */
        REMOVED_AT_END
    }
}
