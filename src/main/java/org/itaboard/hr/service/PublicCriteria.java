package org.itaboard.hr.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.itaboard.hr.domain.DocumentKind;

/**
 * What the public pages may show, and nothing else: no drafts, no editors' names, no comments. Built by
 * {@link PublicCriteriaService} from published versions only.
 */
public final class PublicCriteria {

    private PublicCriteria() {
    }

    /** The office as the public sees it. */
    public record PublicOffice(String code, String nameTh, String nameEn) {
    }

    /** One document in the index: its current published version. */
    public record Entry(DocumentKind kind, Integer beYear, String slug, String title, int versionNumber,
            LocalDate effectiveDate, LocalDate publishedOn) {
    }

    public record Index(PublicOffice office, List<Entry> entries) {
    }

    /** A published version as shown on its page. */
    public record Version(int number, String title, String announcementNumber, LocalDate announcementDate,
            String signer, LocalDate effectiveDate, LocalDate publishedOn, Optional<LocalDate> supersededOn,
            String bodyHtml, List<File> files) {
    }

    /** An attached file: its download is addressed by the version and this id. */
    public record File(Long id, String name, long sizeBytes) {
    }

    /** A version's page: the version shown, whether it is the current one, and every published version's number. */
    public record Page(PublicOffice office, DocumentKind kind, Integer beYear, String slug, Version shown,
            boolean current, List<Version> published) {
    }
}
