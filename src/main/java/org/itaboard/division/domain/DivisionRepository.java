package org.itaboard.division.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DivisionRepository extends JpaRepository<Division, Long> {

    List<Division> findAllByOrderBySortOrderAscNameThAsc();

    List<Division> findByActiveTrueOrderBySortOrderAscNameThAsc();

    Optional<Division> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
