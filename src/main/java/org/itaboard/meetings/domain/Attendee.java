package org.itaboard.meetings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone invited to a meeting: a user of the office ({@code userId}) or a name typed in, present or absent with a
 * reason (ผู้ไม่มาประชุม).
 */
@Embeddable
public class Attendee {

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "role_title")
    private String roleTitle;

    private boolean present = true;

    @Column(name = "absence_reason")
    private String absenceReason;

    protected Attendee() {
    }

    public Attendee(Long userId, String name, String roleTitle, boolean present, String absenceReason) {
        this.userId = userId;
        this.name = name;
        this.roleTitle = roleTitle;
        this.present = present;
        this.absenceReason = present ? null : absenceReason;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public boolean isPresent() {
        return present;
    }

    public String getAbsenceReason() {
        return absenceReason;
    }
}
