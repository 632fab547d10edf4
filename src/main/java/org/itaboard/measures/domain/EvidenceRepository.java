package org.itaboard.measures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByMeasureOrderByIdDesc(Measure measure);
}
