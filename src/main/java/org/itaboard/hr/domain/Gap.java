package org.itaboard.hr.domain;

/** What an assessor would find wanting in one required document, in the order they would name it. */
public enum Gap {
    /** No version of the document is published and in force. */
    MISSING,
    /** Published without its announcement (number, date, signer). */
    NO_ANNOUNCEMENT,
    /** Announced, but the signed announcement is not attached as a file. */
    NO_SIGNED_FILE,
    /** The yearly report does not include the staff development results. */
    NO_DEVELOPMENT_RESULTS;

    public String messageKey() {
        return "hr.gap." + name();
    }
}
