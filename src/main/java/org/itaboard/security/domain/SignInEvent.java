package org.itaboard.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt or sign-out, as the administrators' sign-in log shows it; never changed after it is written. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

    public static final int MAX_USERNAME = 100;
    public static final int MAX_ADDRESS = 64;
    public static final int MAX_USER_AGENT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = MAX_USERNAME)
    private String username;

    /** The office of the account, when the username belongs to one. */
    @Column(name = "office_id")
    private Long officeId;

    @Column(length = MAX_ADDRESS)
    private String address;

    @Column(name = "user_agent", length = MAX_USER_AGENT)
    private String userAgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignInChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignInOutcome outcome;

    protected SignInEvent() {
    }

    /** Cuts the typed texts to their columns. */
    public SignInEvent(Instant occurredAt, String username, Long officeId, String address, String userAgent,
            SignInChannel channel, SignInOutcome outcome) {
        this.occurredAt = occurredAt;
        this.username = cut(username == null ? "" : username, MAX_USERNAME);
        this.officeId = officeId;
        this.address = cut(address, MAX_ADDRESS);
        this.userAgent = cut(userAgent, MAX_USER_AGENT);
        this.channel = channel;
        this.outcome = outcome;
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        // Never split a surrogate pair: the cut text must stay valid UTF-16 (and UTF-8 in the database).
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public String getAddress() {
        return address;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public SignInChannel getChannel() {
        return channel;
    }

    public SignInOutcome getOutcome() {
        return outcome;
    }
}
