package org.itaboard.security.domain;

import java.time.Instant;
import java.util.List;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /**
     * Everything an API call needs to sign in with a token, in one statement through the unique index on the hash:
     * the token, its user's state and roles (one row per role). No entity is loaded.
     */
    @Query("""
            select new org.itaboard.security.domain.ApiTokenLogin(t.id, t.scope, t.expiresAt, t.revokedAt, t.lastUsedAt,
                   u.username, u.enabled, r)
              from ApiToken t join t.user u left join u.roles r
             where t.secretHash = :hash""")
    List<ApiTokenLogin> findLogin(@Param("hash") String secretHash);

    @Query("select t from ApiToken t join fetch t.user where t.user = :user order by t.createdAt desc, t.id desc")
    List<ApiToken> findByUser(@Param("user") AppUser user);

    @Query("select t from ApiToken t join fetch t.user where t.office = :office order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOffice(@Param("office") Office office);

    @Query("select t from ApiToken t join fetch t.user order by t.createdAt desc, t.id desc")
    List<ApiToken> findAllWithUser();

    /**
     * Notes a use, unless one was noted less than a minute before {@code now} ({@code notBefore}): parallel calls of
     * one script write the row once, and most calls not at all.
     */
    @Transactional
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
             where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
    int markUsed(@Param("id") Long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
