package org.itaboard.scoring.api;

/** What a catalogue or scores upload saved. */
public record ImportAnswer(int year, String kind, int items, int published) {
}
