package org.itaboard.measures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByMeasureOrderByReportedOnDescIdDesc(Measure measure);
}
