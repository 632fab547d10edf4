package org.itaboard.hr.service;

/** What the signed-in user may do with one version now; the pages show exactly these actions. */
public record HrActions(boolean edit, boolean submit, boolean approve, boolean returnForChanges, boolean publish,
        boolean newVersion) {
}
