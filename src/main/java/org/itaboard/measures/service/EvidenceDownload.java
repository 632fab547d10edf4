package org.itaboard.measures.service;

/** A file served back to someone allowed to see its measure. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {
}
