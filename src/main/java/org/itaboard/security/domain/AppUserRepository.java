package org.itaboard.security.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByOfficeOrderByFullNameAsc(Office office);
}
