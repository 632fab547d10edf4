package org.itaboard.measures.service;

import java.time.LocalDate;

/** An uploaded file as the view received it, before the service checks what it really is. */
public record EvidenceUpload(String title, String originalName, byte[] content, LocalDate publishedOn, LocalDate expiresOn) {
}
