package org.itaboard.measures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByMeasureOrderByDecidedAtDescIdDesc(Measure measure);
}
