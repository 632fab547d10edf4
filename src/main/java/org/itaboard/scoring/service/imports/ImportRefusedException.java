package org.itaboard.scoring.service.imports;

import org.itaboard.base.service.BusinessRuleException;

/** The whole file was refused because of {@link #preview()}'s errors; nothing was saved. */
public class ImportRefusedException extends BusinessRuleException {

    private final transient ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super("import.error.refused", preview.errors().size());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
