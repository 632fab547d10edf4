package org.itaboard.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    /**
     * Events from {@code from} (inclusive) to {@code to} (exclusive), newest first, with the given outcomes and a
     * username containing {@code username} (lower case; empty for any); of one office, or of all when
     * {@code allOffices}.
     */
    @Query("""
            select e from SignInEvent e
            where e.occurredAt >= :from and e.occurredAt < :to and e.outcome in :outcomes
              and lower(e.username) like concat('%', :username, '%')
              and (:allOffices = true or e.officeId = :officeId)
            order by e.occurredAt desc, e.id desc""")
    List<SignInEvent> search(Instant from, Instant to, Collection<SignInOutcome> outcomes, String username,
            boolean allOffices, Long officeId, Limit limit);
}
