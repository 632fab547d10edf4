package org.itaboard.scoring.service.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.scoring.service.ScoreReplacement;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.imports.SheetReader.SheetRow;
import org.itaboard.scoring.service.imports.SheetReader.UnreadableFileException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a year's catalogue or scores from an .xlsx or .csv file, for the wizard and the API alike. Every
 * row is checked before anything is written, and the writing happens in one transaction: a file with a
 * single bad row saves nothing.
 */
@Service
public class ImportService {

    /** The largest file an import reads, in bytes (the wizard's upload and the API's body alike). */
    public static final int MAX_FILE_BYTES = SheetReader.MAX_BYTES;

    private final FiscalYearService fiscalYears;
    private final ScoreService scores;

    ImportService(FiscalYearService fiscalYears, ScoreService scores) {
        this.fiscalYears = fiscalYears;
        this.scores = scores;
    }

    /**
     * Checks a file and shows what importing it would save; saves nothing. A valid scores file is compared with the
     * year's stored scores ({@link ImportPreview#replacement}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(FiscalYearService.WRITERS)
    public ImportPreview preview(FiscalYear year, ImportKind kind, String fileName, byte[] content) {
        return check(year, kind, fileName, content).preview();
    }

    /**
     * Checks the file again (the year may have changed since the preview) and saves it whole. Scores that would
     * replace stored ones (see {@link ScoreReplacement}) are saved only when the person confirmed the replacement.
     *
     * @throws ImportRefusedException when any row or the file is invalid; nothing is saved then
     * @throws BusinessRuleException  {@code import.error.replaceUnconfirmed} when stored scores would change unconfirmed
     */
    @Transactional
    @PreAuthorize(FiscalYearService.WRITERS)
    public ImportResult importFile(FiscalYear target, ImportKind kind, String fileName, byte[] content,
            boolean replacementConfirmed) {
        // Locked before the check, so that the check sees the catalogue and scores of an import that ran meanwhile.
        FiscalYear year = fiscalYears.lockForChange(target);
        int beYear = year.getBeYear();
        Checked checked = check(year, kind, fileName, content);
        if (!checked.preview().valid()) {
            throw new ImportRefusedException(checked.preview());
        }
        if (checked.preview().replacement().replacesScores() && !replacementConfirmed) {
            throw new BusinessRuleException("import.error.replaceUnconfirmed", beYear);
        }
        return switch (kind) {
            case CATALOGUE -> {
                fiscalYears.replaceCatalogue(year, checked.catalogue().entries());
                yield new ImportResult(beYear, kind, checked.catalogue().entries().size(), 0);
            }
            case SCORES -> {
                ScoresFile file = checked.scores();
                scores.replaceScores(year, file.itemScores(), file.publishedScores());
                int scored = (int) file.itemScores().values().stream().filter(s -> s != null).count();
                yield new ImportResult(beYear, kind, scored, file.publishedScores().size());
            }
        };
    }

    /** The .xlsx template with both sheets and Thai instructions. */
    @PreAuthorize("isAuthenticated()")
    public byte[] template() {
        return ImportTemplate.xlsx();
    }

    /** An example CSV of one kind. */
    @PreAuthorize("isAuthenticated()")
    public byte[] csvExample(ImportKind kind) {
        return ImportTemplate.csv(kind);
    }

    private Checked check(FiscalYear target, ImportKind kind, String fileName, byte[] content) {
        FiscalYear year = fiscalYears.reload(target); // refuses a year that is gone or of another office
        int beYear = year.getBeYear();
        List<SheetRow> rows;
        try {
            rows = SheetReader.read(fileName, content, kind.sheetName());
        } catch (UnreadableFileException e) {
            ImportError error = new ImportError(ImportError.WHOLE_FILE, null, e.reason());
            return new Checked(new ImportPreview(beYear, kind, fileName, List.of(), List.of(error), 0), null, null);
        }
        if (kind == ImportKind.CATALOGUE) {
            CatalogueFile file = CatalogueFile.parse(beYear, fileName, rows, fiscalYears.hasScores(year));
            return new Checked(file.preview(), file, null);
        }
        Map<String, Tool> catalogue = new HashMap<>();
        fiscalYears.catalogue(year).items().forEach(i -> catalogue.put(i.getCode(), i.getTool()));
        ScoresFile file = ScoresFile.parse(beYear, fileName, rows, catalogue);
        ImportPreview preview = file.preview();
        if (preview.valid()) {
            preview = preview.withReplacement(scores.replacement(year, file.itemScores(), file.publishedScores()));
        }
        return new Checked(preview, null, file);
    }

    private record Checked(ImportPreview preview, CatalogueFile catalogue, ScoresFile scores) {
    }
}
