package org.itaboard.oit.service;

/** How a year's URL check went: URLs that answered, that are broken (4xx/5xx), that could not be checked. */
public record UrlCheckSummary(int answered, int broken, int couldNotCheck) {
}
