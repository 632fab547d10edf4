package org.itaboard.hr.service;

import java.util.List;
import java.util.Map;
import org.itaboard.hr.domain.AttachmentInfo;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrVersion;

/** A document with its versions (newest first) and each version's attached files. */
public record DocumentVersions(HrDocument document, List<HrVersion> versions, Map<Long, List<AttachmentInfo>> attachments) {

    public List<AttachmentInfo> attachmentsOf(HrVersion version) {
        return attachments.getOrDefault(version.getId(), List.of());
    }
}
