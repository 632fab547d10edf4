package org.itaboard.scoring.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.offices.service.OfficeService;
import org.itaboard.scoring.domain.AggregateScore;
import org.itaboard.scoring.domain.ScoreResult;
import org.itaboard.scoring.domain.WeightedScore;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.imports.ImportKind;
import org.itaboard.scoring.service.imports.ImportPreview;
import org.itaboard.scoring.service.imports.ImportRefusedException;
import org.itaboard.scoring.service.imports.ImportResult;
import org.itaboard.scoring.service.imports.ImportService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fiscal years, catalogues and scores for other tools and scripts (HTTP Basic, see SecurityConfiguration).
 * Authorisation is the services': writes need COORDINATOR or ADMIN, reads any signed-in user; the security
 * filter chain refuses a PUT of anyone else before the body is read. CSV bodies are read up to the import limit
 * (413 beyond it) and go through the same import checks as the wizard.
 */
@RestController
@RequestMapping("/api/v1")
class YearApiController {

    /** Every year endpoint answers for a named office and, shorter, for the caller's own. */
    private static final String OWN = "/years";
    private static final String NAMED = "/offices/{office}/years";

    static final String TEXT_CSV = "text/csv";
    /** The range FiscalYear accepts. */
    private static final int FIRST_YEAR = 2560;
    private static final int LAST_YEAR = 2700;
    private static final Set<String> TOOLS = Set.of("IIT", "EIT", "OIT");

    private final OfficeService offices;
    private final OfficeAccess access;
    private final FiscalYearService fiscalYears;
    private final ScoreService scores;
    private final ImportService imports;

    YearApiController(OfficeService offices, OfficeAccess access, FiscalYearService fiscalYears, ScoreService scores,
            ImportService imports) {
        this.offices = offices;
        this.access = access;
        this.fiscalYears = fiscalYears;
        this.scores = scores;
        this.imports = imports;
    }

    /** The offices the caller may read: their own, or every office for the BMA's analysts. */
    @GetMapping(path = "/offices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OfficeSummary> listOffices() {
        return offices.visible().stream().map(OfficeSummary::of).toList();
    }

    /** The office's years, oldest first. */
    @GetMapping(path = {OWN, NAMED}, produces = MediaType.APPLICATION_JSON_VALUE)
    List<YearSettings> listYears(@PathVariable(required = false) String office) {
        return fiscalYears.findAll(office(office)).stream().map(YearApiController::settingsOf).toList();
    }

    /** Creates the year (201) or updates its settings (200). */
    @PutMapping(path = {OWN + "/{be}", NAMED + "/{be}"}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<YearSettings> putYear(@PathVariable(required = false) String office, @PathVariable int be,
            @RequestBody YearSettings settings) {
        Office target = office(office);
        if (be < FIRST_YEAR || be > LAST_YEAR) {
            throw new BusinessRuleException("api.error.yearRange", be, FIRST_YEAR, LAST_YEAR);
        }
        if (settings.year() != null && settings.year() != be) {
            throw new BusinessRuleException("api.error.yearMismatch", settings.year(), be);
        }
        FiscalYear year = fiscalYears.find(target, be).orElse(null);
        boolean created = year == null;
        if (created) {
            year = new FiscalYear(target, be);
        }
        apply(settings, year);
        FiscalYear saved = fiscalYears.save(year);
        YearSettings body = settingsOf(saved);
        return created ? ResponseEntity.created(URI.create("/api/v1/offices/" + target.getCode() + "/years/" + be))
                .body(body) : ResponseEntity.ok(body);
    }

    @GetMapping(path = {OWN + "/{be}", NAMED + "/{be}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    YearSettings getYear(@PathVariable(required = false) String office, @PathVariable int be) {
        return settingsOf(year(office, be));
    }

    /** Replaces the catalogue while the year has no scores; the body is the catalogue CSV. */
    @PutMapping(path = {OWN + "/{be}/catalogue", NAMED + "/{be}/catalogue"}, consumes = TEXT_CSV,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ImportAnswer putCatalogue(@PathVariable(required = false) String office, @PathVariable int be,
            HttpServletRequest request) throws IOException {
        FiscalYear year = year(office, be);
        return answer(imports.importFile(year, ImportKind.CATALOGUE, "catalogue.csv", body(request), false));
    }

    /**
     * Replaces the year's scores; the body is the {@code code,score} CSV. A PUT is itself the confirmed replacement;
     * with {@code ?dryRun=true} nothing is saved and the answer is what the PUT would change (the comparison the
     * import wizard shows before its confirmation), or the same 400 problem detail as the PUT for an invalid file.
     */
    @PutMapping(path = {OWN + "/{be}/scores", NAMED + "/{be}/scores"}, consumes = TEXT_CSV,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Object putScores(@PathVariable(required = false) String office, @PathVariable int be,
            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) throws IOException {
        FiscalYear year = year(office, be);
        if (dryRun) {
            ImportPreview preview = imports.preview(year, ImportKind.SCORES, "scores.csv", body(request));
            if (!preview.valid()) {
                throw new ImportRefusedException(preview);
            }
            return new ScoresDryRun(be, preview.rows().size(), preview.replacement());
        }
        return answer(imports.importFile(year, ImportKind.SCORES, "scores.csv", body(request), true));
    }

    @GetMapping(path = {OWN + "/{be}/summary", NAMED + "/{be}/summary"}, produces = MediaType.APPLICATION_JSON_VALUE)
    YearSummary summary(@PathVariable(required = false) String office, @PathVariable int be) {
        ScoreResult result = scores.scores(() -> office(office), be).result();
        Map<String, YearSummary.ToolScore> tools = new LinkedHashMap<>();
        result.tools().forEach((tool, score) -> tools.put(tool.name(), toolScore(score, result.weighted().get(tool))));
        return new YearSummary(be, score(result.ita()), tools,
                result.indicators().stream().map(i -> new YearSummary.IndicatorScore(
                        Integer.parseInt(i.code().substring("IND".length())), round(i.computed()), i.published(),
                        i.grade() == null ? null : i.grade().code())).toList(),
                result.weakItems().stream().map(w -> new YearSummary.Weak(w.code(), w.score(), w.belowThreshold())).toList(),
                result.mismatches().stream().map(m -> new YearSummary.Mismatch(m.code(), round(m.computed()), m.published()))
                        .toList());
    }

    /**
     * The CSV body, read through a bounded stream: a declared Content-Length over the import limit is refused
     * before anything is read, and a chunked body is read to at most the limit plus one byte, so no request holds
     * more than the limit in memory. (The role was checked by the security filter chain before this.)
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        long limit = ImportService.MAX_FILE_BYTES;
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) limit + 1);
            if (content.length > limit) {
                throw new BodyTooLargeException(limit);
            }
            return content;
        }
    }

    /** The office named in the path, or the caller's own for the shorter paths. */
    private Office office(String code) {
        return code == null ? access.requireOwnOffice() : offices.get(code);
    }

    private FiscalYear year(String office, int be) {
        return fiscalYears.get(office(office), be);
    }

    private static void apply(YearSettings settings, FiscalYear year) {
        if (settings.weights() != null) {
            for (Map.Entry<String, BigDecimal> weight : settings.weights().entrySet()) {
                if (!TOOLS.contains(weight.getKey()) || weight.getValue() == null) {
                    throw new BusinessRuleException("api.error.weightKey", weight.getKey());
                }
                switch (Tool.valueOf(weight.getKey())) {
                    case IIT -> year.setWeightIit(weight.getValue());
                    case EIT -> year.setWeightEit(weight.getValue());
                    case OIT -> year.setWeightOit(weight.getValue());
                }
            }
        }
        if (settings.toolAggregation() != null) {
            year.setToolAggregation(settings.toolAggregation());
        }
        if (settings.gradeScheme() != null) {
            year.setGradeScheme(settings.gradeScheme());
        }
        if (settings.weakThreshold() != null) {
            year.setWeakThreshold(settings.weakThreshold());
        }
        if (settings.lowestN() != null) {
            if (settings.lowestN() < 1 || settings.lowestN() > 50) {
                throw new BusinessRuleException("api.error.lowestN");
            }
            year.setLowestN(settings.lowestN());
        }
        if (settings.sourceLabel() != null) {
            year.setSourceLabel(settings.sourceLabel().isBlank() ? null : settings.sourceLabel());
        }
        if (settings.nationalAverage() != null) {
            // Checked (0–100) by the year's own validation when saved.
            year.setNationalAverage(settings.nationalAverage());
        }
    }

    private static YearSettings settingsOf(FiscalYear year) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("IIT", year.getWeightIit());
        weights.put("EIT", year.getWeightEit());
        weights.put("OIT", year.getWeightOit());
        return new YearSettings(year.getBeYear(), weights, year.getToolAggregation(), year.getGradeScheme(),
                year.getWeakThreshold(), year.getLowestN(), year.getSourceLabel(), year.getNationalAverage());
    }

    private static ImportAnswer answer(ImportResult result) {
        return new ImportAnswer(result.beYear(), result.kind().name(), result.items(), result.published());
    }

    private static YearSummary.Score score(AggregateScore score) {
        return new YearSummary.Score(round(score.computed()), score.published(),
                score.grade() == null ? null : score.grade().code());
    }

    private static YearSummary.ToolScore toolScore(AggregateScore score, WeightedScore weighted) {
        return new YearSummary.ToolScore(round(score.computed()), score.published(),
                score.grade() == null ? null : score.grade().code(), weighted.value());
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
