package org.itaboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Every word the upload area shows (its button, the drop hint, refusals, progress), in the user's language: the web
 * component's own texts are English only ("Upload File...", "Drop file here").
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** The texts with {@code dropHint} under the button, e.g. which files are accepted and how large. */
    public static UploadI18N of(String dropHint) {
        UI ui = UI.getCurrent();
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add"))
                .setMany(ui.getTranslation("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(dropHint).setMany(dropHint));
        texts.setError(new UploadI18N.Error().setTooManyFiles(ui.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(ui.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(ui.getTranslation("upload.error.type")));
        texts.setFile(new UploadI18N.File().setRetry(ui.getTranslation("upload.file.retry"))
                .setStart(ui.getTranslation("upload.file.start")).setRemove(ui.getTranslation("upload.file.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.status.connecting"))
                        .setStalled(ui.getTranslation("upload.status.stalled"))
                        .setProcessing(ui.getTranslation("upload.status.processing"))
                        .setHeld(ui.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("upload.remaining")).setUnknown(ui.getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(ui.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(ui.getTranslation("upload.error.server"))
                        .setForbidden(ui.getTranslation("upload.error.forbidden"))));
        return texts;
    }
}
