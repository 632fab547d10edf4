package org.itaboard.offices.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByCode(String code);

    boolean existsByCode(String code);

    List<Office> findAllByOrderByNameThAsc();

    /**
     * How many users and fiscal years each office has, counted in one query without the features that own those
     * tables (they depend on this one).
     */
    @Query(value = "select o.id as id,"
            + " (select count(*) from app_user u where u.office_id = o.id) as users,"
            + " (select count(*) from fiscal_year y where y.office_id = o.id) as years"
            + " from office o", nativeQuery = true)
    List<OfficeSize> countUsersAndYears();

    /** The office a user works in, read without the users' feature (which depends on this one). */
    @Query(value = "select office_id from app_user where username = :username", nativeQuery = true)
    Optional<Long> findOfficeIdOfUser(String username);
}
