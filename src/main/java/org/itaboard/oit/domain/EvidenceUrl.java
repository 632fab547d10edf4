package org.itaboard.oit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** A page of the office website (or an ITA Board public page) given for an item, with the result of its last check. */
@Embeddable
public class EvidenceUrl {

    @Column(nullable = false)
    private String url;

    @Column(name = "checked_at")
    private Instant checkedAt;

    /** The HTTP status of the last answer; none when never checked or when the server could not be reached. */
    @Column(name = "http_status")
    private Integer httpStatus;

    @Enumerated(EnumType.STRING)
    private UrlOutcome outcome;

    protected EvidenceUrl() {
    }

    public EvidenceUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    /** Empty while never checked. */
    public UrlOutcome getOutcome() {
        return outcome;
    }

    public void recordCheck(Instant at, UrlOutcome outcome, Integer httpStatus) {
        this.checkedAt = at;
        this.outcome = outcome;
        this.httpStatus = httpStatus;
    }

    /** The same address with the same check result (the element collection compares its elements). */
    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceUrl other && Objects.equals(url, other.url) && Objects.equals(checkedAt, other.checkedAt)
                && Objects.equals(httpStatus, other.httpStatus) && outcome == other.outcome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, checkedAt, httpStatus, outcome);
    }

    @Override
    public String toString() {
        return url;
    }
}
