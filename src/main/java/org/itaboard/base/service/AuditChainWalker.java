package org.itaboard.base.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.domain.AuditChain;
import org.itaboard.base.domain.AuditChainReport;
import org.itaboard.base.domain.AuditChainReport.Break;
import org.itaboard.base.domain.AuditChainReport.Kind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the audit chain of one database in id order, a page at a time, recomputing each entry's hash and following
 * the links, and stops at the first break. Reads the rows with plain SQL, so what it checks is what the database
 * holds, and works on any database with the schema (the application's own, or a restored copy).
 */
public final class AuditChainWalker {

    private static final int PAGE = 1000;

    private record Row(long id, String prevHash, String hash, String computed, Instant occurredAt) {
    }

    private AuditChainWalker() {
    }

    public static AuditChainReport walk(JdbcTemplate jdbc, Clock clock) {
        Instant started = clock.instant();
        long nanos = System.nanoTime();
        Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1");
        Long headId = head.get("last_id") == null ? null : ((Number) head.get("last_id")).longValue();
        String headHash = (String) head.get("last_hash");
        String expected = AuditChain.GENESIS;
        long checked = 0;
        long after = Long.MIN_VALUE;
        Row suspect = null;
        Optional<Break> found = Optional.empty();
        // The last intact entry whose hash the head names, and the entry after it, if the chain goes on past the head.
        boolean passedHead = headId == null && AuditChain.GENESIS.equals(headHash);
        Row beyondHead = null;
        walk:
        while (true) {
            List<Row> page = jdbc.query("select id, entity_type, entity_id, action, username, occurred_at, changes, prev_hash,"
                    + " hash from audit_entry where id > ? order by id limit " + PAGE, (rs, n) -> {
                        long id = rs.getLong("id");
                        Instant at = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
                        String prev = rs.getString("prev_hash");
                        return new Row(id, prev, rs.getString("hash"), AuditChain.hash(id, rs.getString("entity_type"),
                                rs.getLong("entity_id"), rs.getString("action"), rs.getString("username"), at,
                                rs.getString("changes"), prev), at);
                    }, after);
            for (Row row : page) {
                after = row.id();
                if (suspect != null) {
                    // The entry before this one was intact but did not link to the last good entry: if this one does,
                    // that entry was slipped in; otherwise entries before it were removed.
                    found = Optional.of(new Break(suspect.id(), suspect.occurredAt(),
                            row.prevHash().equals(expected) ? Kind.INSERTED : Kind.REMOVED_BEFORE));
                    break walk;
                }
                checked++;
                if (!row.computed().equals(row.hash())) {
                    found = Optional.of(new Break(row.id(), row.occurredAt(), Kind.CHANGED));
                    break walk;
                }
                if (!row.prevHash().equals(expected)) {
                    suspect = row;
                    continue;
                }
                if (passedHead && beyondHead == null) {
                    beyondHead = row;
                }
                expected = row.hash();
                if (expected.equals(headHash)) {
                    passedHead = true;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (found.isEmpty() && suspect != null) {
            found = Optional.of(new Break(suspect.id(), suspect.occurredAt(), Kind.REMOVED_BEFORE));
        }
        if (found.isEmpty() && !expected.equals(headHash)) {
            found = Optional.of(beyondHead != null
                    ? new Break(beyondHead.id(), beyondHead.occurredAt(), Kind.INSERTED)
                    : new Break(headId == null ? after : headId, null, Kind.REMOVED_AT_END));
        }
        return new AuditChainReport(checked, started, Duration.ofNanos(System.nanoTime() - nanos), headId, headHash, found);
    }
}
