package org.itaboard.division.domain;

import java.util.List;
import java.util.Optional;
import org.itaboard.offices.domain.Office;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DivisionRepository extends JpaRepository<Division, Long> {

    List<Division> findByOfficeOrderBySortOrderAscNameThAsc(Office office);

    List<Division> findByOfficeAndActiveTrueOrderBySortOrderAscNameThAsc(Office office);

    Optional<Division> findByOfficeAndCode(Office office, String code);

    boolean existsByOfficeAndCodeAndIdNot(Office office, String code, Long id);

    boolean existsByOfficeAndCode(Office office, String code);
}
