package org.itaboard.reports.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceKind;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.service.MeasureQuery;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.measures.service.WeakItemMeasures;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.reports.domain.ReportCheck;
import org.itaboard.reports.domain.ReportFormat;
import org.itaboard.reports.domain.ReportMessage;
import org.itaboard.reports.domain.ReportPeriod;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of an office's fiscal year: the 6- and 12-month progress reports of its measures in the offices' own
 * table, and the analysis of its ITA results against the year before. Anyone who may read the office may produce
 * them (they are what the office publishes); another office's year is refused like any forbidden read.
 */
@Service
public class ReportService {

    private final FiscalYearService years;
    private final ScoreService scores;
    private final MeasureService measures;
    private final OfficeAccess offices;
    private final ReportData data;
    private final PdfConverter pdf;
    private final Clock clock;

    ReportService(FiscalYearService years, ScoreService scores, MeasureService measures, OfficeAccess offices,
            ReportData data, PdfConverter pdf, Clock clock) {
        this.years = years;
        this.scores = scores;
        this.measures = measures;
        this.offices = offices;
        this.data = data;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Whether PDFs can be made here (LibreOffice is installed). */
    @PreAuthorize("isAuthenticated()")
    public boolean pdfAvailable() {
        return pdf.available();
    }

    /** What the office is told before downloading the progress report: why there is none, or what it lacks. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReportCheck check(FiscalYear year, ReportPeriod period) {
        try {
            return new ReportCheck(Optional.empty(), progress(year, period).warnings());
        } catch (BusinessRuleException refused) {
            return ReportCheck.refused(message(refused));
        }
    }

    /**
     * The progress report's content. Refused (naming what is missing) when the year has no measures or nothing was
     * reported in the period (a period yet to come has nothing); warnings name the measures without a result and, in the
     * annual report, those without problems or recommendations.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProgressReport progress(FiscalYear fiscalYear, ReportPeriod period) {
        FiscalYear year = years.reload(fiscalYear);
        offices.requireRead(year.getOffice());
        int be = year.getBeYear();
        LocalDate from = period.start(be);
        LocalDate to = period.end(be);
        LocalDate today = LocalDate.now(clock);
        List<Measure> reported = measures.search(MeasureQuery.all(year)).stream()
                .filter(m -> m.getStatus() != MeasureStatus.CANCELLED).toList();
        if (reported.isEmpty()) {
            throw new BusinessRuleException("report.error.noMeasures", String.valueOf(be));
        }
        Map<Long, List<ProgressUpdate>> updates = data.updates(year, from, to).stream()
                .collect(Collectors.groupingBy(u -> u.getMeasure().getId()));
        Map<Long, List<Evidence>> evidence = data.evidence(year).stream()
                .filter(e -> !dateOf(e).isAfter(to))
                .collect(Collectors.groupingBy(e -> e.getMeasure().getId()));
        boolean anyResult = reported.stream().anyMatch(m -> period.isAnnual() && !blank(m.getResult()));
        if (updates.isEmpty() && evidence.isEmpty() && !anyResult) {
            throw new BusinessRuleException("report.error.noProgress", BuddhistDates.formatLong(from),
                    BuddhistDates.formatLong(to), String.valueOf(reported.size()));
        }
        Assessments assessments = assessments(year);
        List<ProgressRow> rows = new ArrayList<>();
        Map<ProgressRow, List<Integer>> order = new HashMap<>();
        for (Measure m : reported) {
            List<Addressed> addressed = assessments.of(m);
            ProgressRow row = row(m, addressed, updates.getOrDefault(m.getId(), List.of()),
                    evidence.getOrDefault(m.getId(), List.of()), period);
            rows.add(row);
            Item first = addressed.isEmpty() ? null : addressed.get(0).item();
            order.put(row, first == null ? List.of(Integer.MAX_VALUE, 0, 0)
                    : List.of(first.getTool().ordinal(), first.getIndicator() == null ? 0 : first.getIndicator().getNumber(),
                            first.getSortOrder()));
        }
        rows.sort(Comparator.comparing((ProgressRow r) -> order.get(r).get(0)).thenComparing(r -> order.get(r).get(1))
                .thenComparing(r -> order.get(r).get(2)).thenComparing(ProgressRow::measureId));
        return new ProgressReport(year.getOffice().getNameTh(), be, period, from, to, today, rows,
                warnings(reported, updates, period));
    }

    /** Writes the progress report; the photos are read a batch of rows at a time while the file streams out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeProgress(FiscalYear year, ReportPeriod period, ReportFormat format, OutputStream out)
            throws IOException {
        ProgressReport report = progress(year, period);
        switch (format) {
            case XLSX -> new ProgressWorkbook(report, data::thumbnails).write(out);
            case DOCX -> new ProgressDocument(report, data::thumbnails).write(out);
            case PDF -> pdf.convert(new ProgressDocument(report, data::thumbnails)::write, out);
        }
    }

    /** Refused when the year has no scores to analyse. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ReportCheck checkAnalysis(FiscalYear year) {
        try {
            analysis(year);
            return new ReportCheck(Optional.empty(), List.of());
        } catch (BusinessRuleException refused) {
            return ReportCheck.refused(message(refused));
        }
    }

    /** The ITA analysis as .docx, or its PDF. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void writeAnalysis(FiscalYear year, ReportFormat format, OutputStream out) throws IOException {
        ItaAnalysis analysis = analysis(year);
        switch (format) {
            case DOCX -> new AnalysisDocument(analysis).write(out);
            case PDF -> pdf.convert(new AnalysisDocument(analysis)::write, out);
            case XLSX -> throw new IllegalArgumentException("The ITA analysis is a Word document");
        }
    }

    private ItaAnalysis analysis(FiscalYear fiscalYear) {
        FiscalYear year = years.reload(fiscalYear);
        offices.requireRead(year.getOffice());
        YearScores current = scores.scores(year);
        if (current.result().items().stream().allMatch(i -> i.score() == null) && current.result().ita().value() == null) {
            throw new BusinessRuleException("report.error.noScores", String.valueOf(year.getBeYear()));
        }
        Optional<YearScores> previous = years.find(year.getOffice(), year.getBeYear() - 1).map(scores::scores);
        return new ItaAnalysis(year.getOffice().getNameTh(), current, previous, measures.weakItems(year),
                LocalDate.now(clock));
    }

    private ProgressRow row(Measure m, List<Addressed> addressed, List<ProgressUpdate> updates, List<Evidence> evidence,
            ReportPeriod period) {
        String assessment = addressed.isEmpty() ? ReportLabels.text("noItem") : addressed.stream()
                .map(a -> a.item().getCode() + " " + a.item().getTopicTh()
                        + (a.score() == null ? "" : " " + ReportLabels.text("score", a.score().toPlainString())))
                .collect(Collectors.joining("\n"));
        Item first = addressed.isEmpty() ? null : addressed.get(0).item();
        String indicator = first == null || first.getIndicator() == null ? null
                : ReportLabels.text("indicator", String.valueOf(first.getIndicator().getNumber()), first.getIndicator().getNameTh());
        String measure = m.getTitle() + (blank(m.getActivity()) ? "" : "\n" + m.getActivity());
        List<String> lines = new ArrayList<>();
        updates.forEach(u -> lines.add(BuddhistDates.format(u.getReportedOn()) + ": " + u.getText()));
        if (!period.isAnnual() && lines.isEmpty() && !blank(m.getResult())) {
            lines.add(m.getResult());
        }
        if (!updates.isEmpty()) {
            // The progress as reported by the period's end, not today's: a 6-month report read later stays true.
            lines.add(ReportLabels.text("progress", String.valueOf(updates.get(updates.size() - 1).getProgress())));
        }
        List<Long> photos = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.getKind() == EvidenceKind.PHOTO && e.hasThumbnail()) {
                photos.add(e.getId());
            } else if (e.getKind() == EvidenceKind.LINK) {
                listed.add(e.getTitle() + " " + e.getUrl());
            } else {
                listed.add(e.getTitle() + (e.getOriginalName() == null ? "" : " (" + e.getOriginalName() + ")"));
            }
        }
        return new ProgressRow(m.getId(), first == null ? null : first.getTool(), indicator, assessment,
                nullToEmpty(m.getWeakness()), measure, String.join("\n", lines), nullToEmpty(m.getResult()),
                nullToEmpty(m.getProblems()), nullToEmpty(m.getRecommendations()), photos, listed);
    }

    private static List<ReportMessage> warnings(List<Measure> reported, Map<Long, List<ProgressUpdate>> updates,
            ReportPeriod period) {
        List<ReportMessage> warnings = new ArrayList<>();
        List<String> noResult = reported.stream()
                .filter(m -> !updates.containsKey(m.getId()) && blank(m.getResult()))
                .map(Measure::getTitle).toList();
        if (!noResult.isEmpty()) {
            warnings.add(ReportMessage.about("report.warning.noResult", noResult));
        }
        if (period.isAnnual()) {
            List<String> noProblems = reported.stream().filter(m -> blank(m.getProblems())).map(Measure::getTitle).toList();
            if (!noProblems.isEmpty()) {
                warnings.add(ReportMessage.about("report.warning.noProblems", noProblems));
            }
            List<String> noRecommendations = reported.stream().filter(m -> blank(m.getRecommendations()))
                    .map(Measure::getTitle).toList();
            if (!noRecommendations.isEmpty()) {
                warnings.add(ReportMessage.about("report.warning.noRecommendations", noRecommendations));
            }
        }
        return warnings;
    }

    /**
     * Which assessed items each measure addresses, with their scores: the weak items of the year before that it
     * answers (the results a plan year's measures follow from, matched as the weak items page matches them,
     * crosswalk included), else its own items with this year's scores where there are any.
     */
    private Assessments assessments(FiscalYear year) {
        Map<Long, List<Addressed>> byMeasure = new HashMap<>();
        Optional<FiscalYear> previous = years.find(year.getOffice(), year.getBeYear() - 1);
        previous.ifPresent(last -> {
            for (WeakItemMeasures weak : measures.weakItems(last)) {
                if (weak.item() == null) {
                    continue;
                }
                weak.measures().stream().filter(m -> m.getFiscalYear().getId().equals(year.getId()))
                        .forEach(m -> byMeasure.computeIfAbsent(m.getId(), id -> new ArrayList<>())
                                .add(new Addressed(weak.item(), weak.weak().score())));
            }
        });
        // The year's own score where it is known; before its results come out, the last year's score of the same item.
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        previous.map(scores::scores).ifPresent(last -> scored(last, own));
        scored(scores.scores(year), own);
        return m -> byMeasure.getOrDefault(m.getId(), m.getItems().stream()
                .sorted(Comparator.comparingInt(Item::getSortOrder))
                .map(i -> new Addressed(i, own.get(i.getCode()))).toList());
    }

    private static void scored(YearScores year, Map<String, BigDecimal> into) {
        year.result().items().stream().filter(r -> r.score() != null).forEach(r -> into.put(r.code(), r.score()));
    }

    /** The items a measure addresses, in catalogue order. */
    @FunctionalInterface
    private interface Assessments {
        List<Addressed> of(Measure m);
    }

    private record Addressed(Item item, BigDecimal score) {
    }

    /** The day evidence counts from: its publication date, else the day it was added. */
    private LocalDate dateOf(Evidence e) {
        return e.getPublishedOn() != null ? e.getPublishedOn()
                : e.getCreatedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(e.getCreatedAt(), clock.getZone());
    }

    private static ReportMessage message(BusinessRuleException refused) {
        return new ReportMessage(refused.getMessageKey(),
                java.util.Arrays.stream(refused.getArguments()).map(String::valueOf).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
