package org.itaboard.base.service;

import java.time.Clock;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.AuditEntryRepository;
import org.itaboard.base.domain.FieldChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit history every feature writes to. Callers are services that already checked the user may
 * make the change; the entry joins their transaction so a refused or failed change leaves no trace.
 */
@Service
public class AuditService {

    private final AuditEntryRepository repository;
    private final CurrentUsername currentUsername;
    private final Clock clock;

    AuditService(AuditEntryRepository repository, CurrentUsername currentUsername, Clock clock) {
        this.repository = repository;
        this.currentUsername = currentUsername;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, List<FieldChange> changes) {
        repository.save(new AuditEntry(entityType, entityId, action, currentUsername.get(), clock.instant(), changes));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(String entityType, Long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId);
    }
}
