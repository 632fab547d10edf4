package org.itaboard.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit history: who did what to which record, when, and which fields changed from
 * what to what. Written by {@link org.itaboard.base.service.AuditService}, never changed afterwards: each entry
 * is sealed into the {@link AuditChain} (the service takes its id from the sequence {@code audit_entry_seq}
 * under the chain's lock, so the hash covers the id before the insert), and an entry saved any other way has no hash and is refused by the database.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String username;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Field changes, one per line as {@code field: before → after}; see {@link FieldChange}. */
    @Column(length = 20000)
    private String changes;

    /** The hash of the entry before this one in id order ({@link AuditChain#GENESIS} for the first). */
    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(String entityType, Long entityId, String action, String username, Instant occurredAt,
            List<FieldChange> changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.username = username;
        this.occurredAt = AuditChain.stored(occurredAt);
        this.changes = FieldChange.format(changes);
    }

    /**
     * Gives this new entry its id and links it after the entry whose hash is {@code previous}; returns its own hash.
     * Called once, by the audit service, while it holds the chain's lock.
     */
    public String seal(long newId, String previous) {
        if (id != null || hash != null) {
            throw new IllegalStateException("An audit entry is sealed once");
        }
        id = newId;
        prevHash = previous;
        hash = AuditChain.hash(id, entityType, entityId, action, username, occurredAt, changes, previous);
        return hash;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getUsername() {
        return username;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public List<FieldChange> getChanges() {
        return FieldChange.parse(changes);
    }
}
