package org.itaboard.base.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain over the audit history. Each entry's hash covers every column of the entry in a canonical form
 * (below) plus the hash of the entry before it, so changing, removing or slipping in an entry directly in the
 * database breaks the chain from there on. The first entry's predecessor is {@link #GENESIS}.
 *
 * <p>Canonical form, UTF-8, SHA-256, lower-case hex: for each of {@code id, entity_type, entity_id, action,
 * username, occurred_at, changes, prev_hash} in that order, {@code -} for a null, otherwise {@code s<length>:<value>}
 * (length in characters), with {@code occurred_at} written as epoch microseconds (what PostgreSQL and H2 keep).
 * A column added to {@code audit_entry} must be added here, and existing rows re-chained by its migration.
 */
public final class AuditChain {

    /** The predecessor of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The instant as the database keeps it: microseconds. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long id, String entityType, long entityId, String action, String username,
            Instant occurredAt, String changes, String prevHash) {
        StringBuilder canonical = new StringBuilder(256 + (changes == null ? 0 : changes.length()));
        field(canonical, Long.toString(id));
        field(canonical, entityType);
        field(canonical, Long.toString(entityId));
        field(canonical, action);
        field(canonical, username);
        field(canonical, occurredAt == null ? null : Long.toString(micros(stored(occurredAt))));
        field(canonical, changes);
        field(canonical, prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append('s').append(value.length()).append(':').append(value);
        }
    }
}
