package org.itaboard.scoring.api;

/** A request body over its limit: answered 413 by {@link ApiProblems}, nothing saved. */
class BodyTooLargeException extends RuntimeException {

    private final long limitBytes;

    BodyTooLargeException(long limitBytes) {
        super("Request body larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    long limitMegabytes() {
        return limitBytes / (1024 * 1024);
    }
}
