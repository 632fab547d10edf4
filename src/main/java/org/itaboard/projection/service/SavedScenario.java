package org.itaboard.projection.service;

import java.time.Instant;

/**
 * A saved scenario with what it gives today: name, who saved it last and when, and its projection computed again
 * from the year's current scores and rules. A meeting page shows one with {@link ProjectionService#scenario}.
 */
public record SavedScenario(Long id, String name, String savedBy, Instant savedAt, Projection projection) {
}
