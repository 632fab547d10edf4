package org.itaboard.base.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.itaboard.base.domain.AuditEntry;
import org.itaboard.base.domain.AuditEntryRepository;
import org.itaboard.base.domain.FieldChange;
import org.springframework.core.Ordered;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit history every feature writes to. Callers are services that already checked the user may
 * make the change; the entry joins their transaction so a refused or failed change leaves no trace.
 *
 * <p>Entries are chained ({@link org.itaboard.base.domain.AuditChain}): a transaction's entries wait until just
 * before it commits, then its own changes are flushed, the chain's head row is locked ({@code FOR UPDATE}, held to
 * the commit), and each entry takes the next id, the hash of the one before it and its own hash. Concurrent
 * transactions therefore append one after the other and cannot fork the chain; the lock is taken last and held
 * only for the appends, so it adds no lock-order deadlock with the change's own rows.
 */
@Service
public class AuditService {

    private final AuditEntryRepository repository;
    private final CurrentUsername currentUsername;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AuditService(AuditEntryRepository repository, CurrentUsername currentUsername, Clock clock) {
        this.repository = repository;
        this.currentUsername = currentUsername;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, List<FieldChange> changes) {
        pending().add(new AuditEntry(entityType, entityId, action, currentUsername.get(), clock.instant(), changes));
    }

    /**
     * An entry with a given author and time, for demo data and tests that replay history (people who are not signed
     * in, days that are past). Joins the caller's transaction and the chain like {@link #record}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String username, Instant occurredAt, String entityType, Long entityId, String action,
            List<FieldChange> changes) {
        pending().add(new AuditEntry(entityType, entityId, action, username, occurredAt, changes));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(String entityType, Long entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId);
    }

    /** This transaction's entries not yet appended; the first call registers their append before the commit. */
    private List<AuditEntry> pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Append append) {
                return append.entries;
            }
        }
        Append append = new Append();
        TransactionSynchronizationManager.registerSynchronization(append);
        return append.entries;
    }

    private void append(List<AuditEntry> entries) {
        // The change's own rows first, so that holding the head never waits for another row lock.
        entityManager.flush();
        Object[] head = (Object[]) entityManager
                .createNativeQuery("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        String previous = (String) head[1];
        long lastId = 0;
        for (AuditEntry entry : entries) {
            // No flush before this query (the default would flush, and dirty-check every entry persisted so far).
            lastId = ((Number) entityManager.createNativeQuery("select nextval('audit_entry_seq')")
                    .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
            previous = entry.seal(lastId, previous);
            entityManager.persist(entry);
        }
        entityManager.flush();
        entityManager.createNativeQuery("update audit_chain_head set last_id = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, lastId).setParameter(2, previous).executeUpdate();
    }

    /** Appends a transaction's entries to the chain just before it commits, after every other such step. */
    private final class Append implements TransactionSynchronization {

        private final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!entries.isEmpty()) {
                append(List.copyOf(entries));
                entries.clear();
            }
        }
    }
}
