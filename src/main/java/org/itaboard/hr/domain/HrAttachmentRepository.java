package org.itaboard.hr.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HrAttachmentRepository extends JpaRepository<HrAttachment, Long> {

    @Query("select new org.itaboard.hr.domain.AttachmentInfo(a.id, a.version.id, a.originalName, a.contentType,"
            + " a.sizeBytes, a.sha256) from HrAttachment a where a.version.id in :versionIds order by a.id")
    List<AttachmentInfo> infos(Collection<Long> versionIds);
}
