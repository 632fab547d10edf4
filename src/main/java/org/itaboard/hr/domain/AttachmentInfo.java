package org.itaboard.hr.domain;

/** An attachment without its bytes: what lists and public pages show. */
public record AttachmentInfo(Long id, Long versionId, String originalName, String contentType, long sizeBytes,
        String sha256) {
}
