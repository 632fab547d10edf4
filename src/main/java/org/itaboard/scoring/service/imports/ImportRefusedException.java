package org.itaboard.scoring.service.imports;

import org.itaboard.base.service.BusinessRuleException;

/** The whole file was refused because of {@link #preview()}'s errors; nothing was saved. */
public class ImportRefusedException extends BusinessRuleException {

    private final transient ImportPreview preview;

    public ImportRefusedException(ImportPreview preview) {
        super(preview.uncheckedRows() == 0 ? "import.error.refused" : "import.error.refusedStopped",
                preview.errors().size(), preview.uncheckedRows());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
