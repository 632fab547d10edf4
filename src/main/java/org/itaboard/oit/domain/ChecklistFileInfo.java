package org.itaboard.oit.domain;

import java.time.Instant;

/** What a list shows of an attached file, without its bytes. */
public record ChecklistFileInfo(Long id, Long itemId, String originalName, String contentType, long sizeBytes, String sha256,
        Long meetingId, String uploadedBy, Instant uploadedAt) {

    public boolean isMinutes() {
        return meetingId != null;
    }
}
