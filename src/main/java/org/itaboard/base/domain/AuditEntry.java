package org.itaboard.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit history: who did what to which record, when, and which fields changed from
 * what to what. Written by {@link org.itaboard.base.service.AuditService}, never changed afterwards.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected AuditEntry() {
    }

    public AuditEntry(String entityType, Long entityId, String action, String username, Instant occurredAt,
            List<FieldChange> changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.username = username;
        this.occurredAt = occurredAt;
        this.changes = FieldChange.format(changes);
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
