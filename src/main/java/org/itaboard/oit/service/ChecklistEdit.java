package org.itaboard.oit.service;

import java.util.List;
import org.itaboard.division.domain.Division;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.RequiredPart;

/**
 * The editable fields of a checklist item, as the editor holds them: the form object the dialog is bound to and the
 * service saves. {@code version} is the stored version the editor started from (0 for an item not stored yet).
 */
public record ChecklistEdit(Division division, DisclosureStatus status, String assessorFeedback, List<RequiredPart> parts,
                            List<String> urls, long version) {

    public ChecklistEdit {
        parts = List.copyOf(parts);
        urls = List.copyOf(urls);
    }

    /** The item as it is now. */
    public static ChecklistEdit of(ChecklistItem item) {
        return new ChecklistEdit(item.getDivision(), item.getStatus(), item.getAssessorFeedback(), item.getParts(),
                item.addresses(), item.getVersion());
    }
}
