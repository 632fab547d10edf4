package org.itaboard.meetings.domain;

/** Where a meeting is: prepared (agenda still refreshed from the data), under way (resolutions recorded), closed (frozen). */
public enum MeetingStatus {
    PLANNED,
    IN_PROGRESS,
    CLOSED
}
