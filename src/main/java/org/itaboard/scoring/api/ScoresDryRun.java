package org.itaboard.scoring.api;

import org.itaboard.scoring.service.ScoreReplacement;

/**
 * The answer to {@code PUT …/scores?dryRun=true}: the file is valid ({@code rows} rows) and this is what importing
 * it would change in the year's stored scores; {@code replacesScores} false means nothing stored would change.
 */
public record ScoresDryRun(int year, int rows, boolean replacesScores, ScoreReplacement replacement) {

    ScoresDryRun(int year, int rows, ScoreReplacement replacement) {
        this(year, rows, replacement.replacesScores(), replacement);
    }
}
