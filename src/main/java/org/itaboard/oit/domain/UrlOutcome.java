package org.itaboard.oit.domain;

/**
 * What a URL check found. A server that could not be reached (no internet where the board runs, a time-out, a name
 * that does not resolve) is {@link #COULD_NOT_CHECK}, never {@link #BROKEN}: only an answer with a 4xx/5xx status
 * says the page is broken.
 */
public enum UrlOutcome {
    ANSWERED, BROKEN, COULD_NOT_CHECK;

    /** The outcome of an HTTP answer with {@code status}. */
    public static UrlOutcome ofStatus(int status) {
        return status >= 400 ? BROKEN : ANSWERED;
    }
}
