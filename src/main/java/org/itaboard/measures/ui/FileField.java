package org.itaboard.measures.ui;

import com.vaadin.flow.component.upload.Upload;
import org.itaboard.base.ui.UploadTexts;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import org.itaboard.base.ui.Notifications;
import org.itaboard.measures.service.EvidenceUpload;

/**
 * One file received in memory. The service judges its type and size, so the refusal message is the same
 * whatever the client did; the field also refuses a file over the evidence limit in the browser, with its own
 * message, so that such a file is never sent (the multipart limit would refuse it and Save would then find no file).
 */
public class FileField extends Upload {

    private volatile String fileName;
    private volatile byte[] content;

    public FileField(long maxMegabytes) {
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxMegabytes * 1024 * 1024));
        setI18n(UploadTexts.of(getTranslation("upload.drop.evidence", maxMegabytes)));
        addFileRejectedListener(e -> {
            fileName = null;
            content = null;
            Notifications.error(getTranslation("evidence.error.rejected", e.getFileName(), maxMegabytes));
        });
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        addFileRemovedListener(e -> {
            fileName = null;
            content = null;
        });
    }

    public boolean hasFile() {
        return content != null;
    }

    /** The received file's name, or null before a file is received. */
    public String fileName() {
        return content == null ? null : fileName;
    }

    public byte[] content() {
        return content;
    }

    EvidenceUpload toUpload(String title, LocalDate publishedOn, LocalDate expiresOn) {
        return content == null ? null : new EvidenceUpload(title, fileName, content, publishedOn, expiresOn);
    }
}
