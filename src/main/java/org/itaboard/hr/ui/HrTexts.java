package org.itaboard.hr.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.KindStatus;
import org.itaboard.hr.domain.VersionStatus;

/** The personnel pages' words: kind names, statuses, the assessor's wording of a gap, BE dates. */
final class HrTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HrTexts() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static String kind(HrDocument document) {
        String name = t(document.getKind().nameKey());
        return document.getFiscalYear() == null ? name : name + " " + t("hr.fiscalYear", document.getFiscalYear().getBeYear());
    }

    static String status(VersionStatus status) {
        return t("hr.status." + status.name());
    }

    static Span statusBadge(VersionStatus status) {
        Span badge = new Span(status(status));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge";
            case APPROVED, PUBLISHED -> "badge success";
            case SUPERSEDED -> "badge contrast";
        });
        return badge;
    }

    /** "ขาด: หลักเกณฑ์การสรรหาและคัดเลือก", one phrase per gap, as an assessor would write it. */
    static String gaps(KindStatus status) {
        String name = t(status.kind().nameKey());
        return status.gaps().stream().map(g -> t(g.messageKey(), name)).collect(Collectors.joining("; "));
    }

    static String version(HrVersion version) {
        return t("hr.versionNumber", version.getNumber());
    }

    static String date(LocalDate d) {
        return d == null ? "–" : BuddhistDates.format(d, UI.getCurrent().getLocale());
    }

    static String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "–";
        }
        ZonedDateTime local = instant.atZone(zone);
        return date(local.toLocalDate()) + " " + TIME.format(local);
    }

    static String publicUrl(HrDocument document) {
        return "/public/" + document.getOffice().getCode() + "/hr/" + document.getSlug();
    }
}
