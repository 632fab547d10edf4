package org.itaboard.oit.domain;

/** What an item still lacks before the assessors can give it 100, in the order the checklist names it. */
public enum Missing {
    NO_DIVISION, NO_URL, PARTS_NOT_DONE
}
