package org.itaboard.fiscalyear.service;

/**
 * Which year a page shows when the URL names none: score pages the latest year with results, work
 * pages (measures, weak items to work on) the current fiscal year. Years after the current one are
 * plans and never a default.
 */
public enum YearPurpose {
    SCORES,
    WORK
}
