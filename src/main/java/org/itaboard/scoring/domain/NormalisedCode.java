package org.itaboard.scoring.domain;

/**
 * A code as read from a document ({@code raw}) and in canonical form ({@code code}), with a short
 * explanation of what was changed so an import can show it.
 */
public record NormalisedCode(String raw, String code, boolean changed, String note) {
}
