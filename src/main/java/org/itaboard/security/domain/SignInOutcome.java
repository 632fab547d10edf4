package org.itaboard.security.domain;

/** How a sign-in attempt (or a sign-out) ended. */
public enum SignInOutcome {
    SUCCESS,
    /** A wrong password or an unknown username (the sign-in answers both alike; the record keeps what was typed). */
    FAILURE,
    /** Refused without comparing the password: the account or the client address was over its limit of failures. */
    LOCKED,
    SIGN_OUT
}
