package org.itaboard.offices.domain;

/** How big an office is: its users and its fiscal years ({@link OfficeRepository#countUsersAndYears()}). */
public interface OfficeSize {

    Long getId();

    Long getUsers();

    Long getYears();
}
