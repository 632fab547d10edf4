package org.itaboard.security.service;

import org.itaboard.offices.domain.Office;

/** One office as the system administrator sees it: the office, its number of users and of fiscal years. */
public record OfficeOverview(Office office, long users, long fiscalYears) {
}
