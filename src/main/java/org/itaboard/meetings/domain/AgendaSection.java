package org.itaboard.meetings.domain;

/**
 * The ระเบียบวาระ of a Thai government meeting an agenda entry is under, in the order the minutes print them (after
 * the chair's announcements and the approval of the previous minutes, which every meeting has and the minutes write
 * themselves).
 */
public enum AgendaSection {
    /** เรื่องสืบเนื่องจากการประชุมครั้งก่อน: the open tasks of earlier meetings. */
    FOLLOW_UP,
    /** เรื่องเพื่อพิจารณา: weak items without a measure, late measures, measures due before the next meeting. */
    CONSIDERATION,
    /** เรื่องเพื่อทราบ: progress and evidence since the previous meeting, changed scores. */
    INFORMATION,
    /** เรื่องอื่น ๆ. */
    OTHER
}
