package org.itaboard.hr.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itaboard.hr.domain.AttachmentInfo;
import org.itaboard.hr.domain.HrAttachmentRepository;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrDocumentRepository;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.HrVersionRepository;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel criteria as anyone may read them, without signing in: the URLs an office gives the assessors.
 * Deliberately without method security; it answers only from published (current or superseded) versions and
 * returns {@link PublicCriteria} records, which carry no internal data. Unknown offices, documents, versions and
 * files are all simply absent.
 */
@Service
public class PublicCriteriaService {

    private final OfficeRepository offices;
    private final HrDocumentRepository documents;
    private final HrVersionRepository versions;
    private final HrAttachmentRepository attachments;
    private final Clock clock;

    PublicCriteriaService(OfficeRepository offices, HrDocumentRepository documents, HrVersionRepository versions,
            HrAttachmentRepository attachments, Clock clock) {
        this.offices = offices;
        this.documents = documents;
        this.versions = versions;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The office's documents with a published version, standing ones first, yearly reports newest first. */
    @Transactional(readOnly = true)
    public Optional<PublicCriteria.Index> index(String officeCode) {
        return offices.findByCode(officeCode).map(office -> {
            Map<HrDocument, Optional<HrVersion>> current = versions.findByOfficeAndStatusIn(office,
                    List.of(VersionStatus.PUBLISHED)).stream()
                    .collect(Collectors.groupingBy(HrVersion::getDocument, Collectors.maxBy(
                            Comparator.comparingInt(HrVersion::getNumber))));
            List<PublicCriteria.Entry> entries = current.values().stream().flatMap(Optional::stream)
                    .map(v -> new PublicCriteria.Entry(v.getDocument().getKind(), beYear(v.getDocument()),
                            v.getDocument().getSlug(), v.getTitle(), v.getNumber(), v.getEffectiveDate(),
                            date(v.getPublishedAt())))
                    .sorted(Comparator.comparing((PublicCriteria.Entry e) -> e.kind().ordinal())
                            .thenComparing(e -> e.beYear() == null ? 0 : -e.beYear()))
                    .toList();
            return new PublicCriteria.Index(publicOffice(office), entries);
        });
    }

    /** A document's page at its stable URL: the version published now. */
    @Transactional(readOnly = true)
    public Optional<PublicCriteria.Page> current(String officeCode, String slug) {
        return page(officeCode, slug, null);
    }

    /** One published version (current or superseded) at its own URL. */
    @Transactional(readOnly = true)
    public Optional<PublicCriteria.Page> version(String officeCode, String slug, int number) {
        return page(officeCode, slug, number);
    }

    /** An attached file of a published version. */
    @Transactional(readOnly = true)
    public Optional<HrDownload> file(String officeCode, String slug, int number, Long fileId) {
        return published(officeCode, slug)
                .flatMap(list -> list.stream().filter(v -> v.getNumber() == number).findFirst())
                .flatMap(version -> attachments.findById(fileId)
                        .filter(a -> a.getVersion().getId().equals(version.getId())))
                .map(a -> new HrDownload(a.getOriginalName(), a.getContentType(), a.getContent()));
    }

    private Optional<PublicCriteria.Page> page(String officeCode, String slug, Integer number) {
        return published(officeCode, slug).flatMap(list -> {
            if (list.isEmpty()) {
                return Optional.empty();
            }
            Optional<HrVersion> shown = number == null
                    ? list.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).findFirst()
                    : list.stream().filter(v -> v.getNumber() == number).findFirst();
            return shown.map(v -> {
                Map<Long, List<AttachmentInfo>> files = attachments.infos(list.stream().map(HrVersion::getId).toList())
                        .stream().collect(Collectors.groupingBy(AttachmentInfo::versionId));
                HrDocument document = v.getDocument();
                return new PublicCriteria.Page(publicOffice(document.getOffice()), document.getKind(),
                        beYear(document), document.getSlug(), publicVersion(v, files),
                        v.getStatus() == VersionStatus.PUBLISHED,
                        list.stream().map(p -> publicVersion(p, files)).toList());
            });
        });
    }

    /** The document's published versions, newest first; empty when the office or document is unknown. */
    private Optional<List<HrVersion>> published(String officeCode, String slug) {
        return offices.findByCode(officeCode)
                .flatMap(office -> documents.findByOfficeAndSlug(office, slug))
                .map(document -> versions.findByDocumentOrderByNumberDesc(document).stream()
                        .filter(v -> v.getStatus().wasPublished()).toList());
    }

    private PublicCriteria.Version publicVersion(HrVersion v, Map<Long, List<AttachmentInfo>> files) {
        return new PublicCriteria.Version(v.getNumber(), v.getTitle(), v.getAnnouncementNumber(),
                v.getAnnouncementDate(), v.getSigner(), v.getEffectiveDate(), date(v.getPublishedAt()),
                Optional.ofNullable(v.getSupersededAt()).map(this::date), BodyMarkup.clean(v.getBodyHtml()),
                files.getOrDefault(v.getId(), List.of()).stream()
                        .map(f -> new PublicCriteria.File(f.id(), f.originalName(), f.sizeBytes())).toList());
    }

    private static PublicCriteria.PublicOffice publicOffice(Office office) {
        return new PublicCriteria.PublicOffice(office.getCode(), office.getNameTh(), office.getNameEn());
    }

    private static Integer beYear(HrDocument document) {
        return document.getFiscalYear() == null ? null : document.getFiscalYear().getBeYear();
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDate();
    }
}
