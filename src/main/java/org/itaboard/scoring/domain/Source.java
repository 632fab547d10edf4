package org.itaboard.scoring.domain;

/** Where the value used for a score comes from. */
public enum Source {
    /** Computed from the scores below it. */
    COMPUTED,
    /** Nothing below it is scored; the figure printed in the report is used. */
    PUBLISHED,
    /** Neither computable nor printed: not scored. */
    NONE
}
