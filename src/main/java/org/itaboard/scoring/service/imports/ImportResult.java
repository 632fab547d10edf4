package org.itaboard.scoring.service.imports;

/**
 * What an import saved.
 *
 * @param items     catalogue items created, or item scores set
 * @param published printed aggregates set (scores only)
 */
public record ImportResult(int beYear, ImportKind kind, int items, int published) {
}
