package org.itaboard.oit.service;

/**
 * What the signed-in user may do with a checklist item: {@code coordinate} everything (division, parts, status up to
 * verified, feedback), {@code fill} the URLs, the parts done and the status up to published (a head of the item's
 * division, the coordinator). The screens show what the service says; the service checks again on save.
 */
public record ChecklistActions(boolean coordinate, boolean fill) {

    public static final ChecklistActions READ_ONLY = new ChecklistActions(false, false);
}
