package org.itaboard.offices.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByCode(String code);

    boolean existsByCode(String code);

    List<Office> findAllByOrderByNameThAsc();

    /** The office a user works in, read without the users' feature (which depends on this one). */
    @Query(value = "select office_id from app_user where username = :username", nativeQuery = true)
    Optional<Long> findOfficeIdOfUser(String username);
}
