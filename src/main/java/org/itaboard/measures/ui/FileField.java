package org.itaboard.measures.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import org.itaboard.measures.service.EvidenceUpload;

/**
 * One file received in memory. The service, not this field, judges its type and size, so the
 * refusal message is the same whatever the client did.
 */
class FileField extends Upload {

    private volatile String fileName;
    private volatile byte[] content;

    FileField() {
        setMaxFiles(1);
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        addFileRemovedListener(e -> {
            fileName = null;
            content = null;
        });
    }

    boolean hasFile() {
        return content != null;
    }

    EvidenceUpload toUpload(String title, LocalDate publishedOn, LocalDate expiresOn) {
        return content == null ? null : new EvidenceUpload(title, fileName, content, publishedOn, expiresOn);
    }
}
