package org.itaboard.measures.service;

/**
 * What the signed-in user may do with one measure now, answered by {@link MeasureService#actionsFor}
 * from the rules its actions enforce. A screen shows these actions and derives none of its own.
 */
public record MeasureActions(boolean edit, boolean activate, boolean complete, boolean verify, boolean reopen,
        boolean cancel, boolean reportProgress, boolean addEvidence, boolean verifyEvidence, boolean signOff) {
}
