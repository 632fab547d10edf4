package org.itaboard.base.ui;

import com.vaadin.flow.component.HasValidation;

/**
 * Thrown by a form's own checks after it has marked the offending field, so an {@link ActionDialog}
 * stays open with everything typed and without a second message.
 */
public class InvalidInput extends RuntimeException {

    public InvalidInput(String messageKey) {
        super(messageKey, null, false, false);
    }

    /** Marks {@code field} with the translated message and stops the action. */
    public static <T> T mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        throw new InvalidInput(message);
    }
}
