package org.itaboard.hr.domain;

import java.time.LocalDate;
import org.itaboard.base.domain.BuddhistDates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which required personnel documents of a fiscal year were published and in force, as the assessors judge it: on
 * the year's last day (30 September), or today while the year runs. A version is in force on a day when it was
 * published by then and its effective date has come; of several, the newest. Pure logic: the service hands it the
 * versions and which of them carry a signed file.
 */
public record Completeness(int beYear, LocalDate checkedOn, List<KindStatus> kinds) {

    /** The day a year is judged on: its last day, or {@code today} while it is not over. */
    public static LocalDate judgedOn(int beYear, LocalDate today) {
        LocalDate yearEnd = BuddhistDates.fiscalYearEnd(beYear);
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    /**
     * @param versionsByKind every version of the office's standing documents, and of the year's report, by kind
     * @param withSignedFile ids of the versions that carry an attached file
     */
    public static Completeness of(int beYear, LocalDate on, ZoneId zone, Map<DocumentKind, List<HrVersion>> versionsByKind,
            Set<Long> withSignedFile) {
        List<KindStatus> kinds = Arrays.stream(DocumentKind.values()).map(kind -> {
            Optional<HrVersion> inForce = inForce(versionsByKind.getOrDefault(kind, List.of()), on, zone);
            return new KindStatus(kind, inForce, gaps(kind, inForce, withSignedFile));
        }).toList();
        return new Completeness(beYear, on, kinds);
    }

    public static Optional<HrVersion> inForce(List<HrVersion> versions, LocalDate on, ZoneId zone) {
        return versions.stream()
                .filter(v -> v.getStatus().wasPublished() && v.getPublishedAt() != null)
                .filter(v -> !v.getPublishedAt().atZone(zone).toLocalDate().isAfter(on))
                .filter(v -> v.getEffectiveDate() == null || !v.getEffectiveDate().isAfter(on))
                .max(Comparator.comparingInt(HrVersion::getNumber));
    }

    private static List<Gap> gaps(DocumentKind kind, Optional<HrVersion> inForce, Set<Long> withSignedFile) {
        if (inForce.isEmpty()) {
            return List.of(Gap.MISSING);
        }
        HrVersion version = inForce.get();
        List<Gap> gaps = new ArrayList<>();
        if (!version.hasAnnouncement()) {
            gaps.add(Gap.NO_ANNOUNCEMENT);
        } else if (!withSignedFile.contains(version.getId())) {
            gaps.add(Gap.NO_SIGNED_FILE);
        }
        if (kind == DocumentKind.ANNUAL_REPORT && !version.hasDevelopmentResults()) {
            gaps.add(Gap.NO_DEVELOPMENT_RESULTS);
        }
        return List.copyOf(gaps);
    }

    public boolean complete() {
        return kinds.stream().allMatch(KindStatus::complete);
    }

    /** The documents still wanting something: what is due. */
    public List<KindStatus> wanting() {
        return kinds.stream().filter(k -> !k.complete()).toList();
    }

    public KindStatus of(DocumentKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }
}
