package org.itaboard.measures.domain;

/** An executive's sign-off: approve (freezes the approved content) or return for more work. */
public enum Decision {
    APPROVED,
    RETURNED
}
