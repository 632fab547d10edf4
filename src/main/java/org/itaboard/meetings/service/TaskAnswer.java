package org.itaboard.meetings.service;

/**
 * A division's answer to a task: what was done, optionally a link and/or a file.
 *
 * @param fileName null when no file is attached
 */
public record TaskAnswer(String text, String link, String fileName, byte[] fileContent) {
}
