package org.itaboard.base.service;

/**
 * The record asked for does not exist (or no longer does). A refusal like any other in a dialog; opening a page
 * for it shows the "not found" page, and the API answers 404.
 */
public class RecordNotFoundException extends BusinessRuleException {

    public RecordNotFoundException() {
        super("error.notFound");
    }
}
