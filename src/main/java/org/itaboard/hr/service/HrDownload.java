package org.itaboard.hr.service;

/** A file to send: its name, type and bytes. */
public record HrDownload(String fileName, String contentType, byte[] content) {
}
