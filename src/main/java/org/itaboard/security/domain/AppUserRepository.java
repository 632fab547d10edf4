package org.itaboard.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameIn(java.util.Collection<String> usernames);

    boolean existsByUsername(String username);

    List<AppUser> findByOfficeOrderByFullNameAsc(Office office);

    /**
     * Counts a sign-in attempt as failed before its password is compared, in one statement, so that
     * parallel attempts can neither lose a count nor pass the limit: the attempt that reaches
     * {@code maxFailures} also sets the lock. A locked account is not touched (answer 0: refuse); an
     * expired lock starts the count again. A successful attempt then calls {@link #clearFailedLogins}.
     *
     * @return 1 if the attempt may go on to the password check, 0 if the account is locked or unknown
     */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u
               set u.failedLogins = (case when u.lockedUntil is null then u.failedLogins else 0 end) + 1,
                   u.lockedUntil = case when (case when u.lockedUntil is null then u.failedLogins else 0 end) + 1 >= :maxFailures
                                        then cast(:lockUntil as Instant) else null end,
                   u.lastFailedLogin = :now
             where u.username = :username and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int countFailedLogin(@Param("username") String username, @Param("now") Instant now,
            @Param("maxFailures") int maxFailures, @Param("lockUntil") Instant lockUntil);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username")
    void clearFailedLogins(@Param("username") String username);
}
