package org.itaboard.scoring.api;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.scoring.service.imports.ImportError;
import org.itaboard.scoring.service.imports.ImportPreview;
import org.itaboard.scoring.service.imports.ImportRefusedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as RFC 9457 problem details (application/problem+json) with the English message: a
 * refusal is 400, or 404 for something that does not exist and 409 for a conflict with the stored state; a
 * refused import lists its errors by row and column in {@code errors} (checking stops at about
 * {@value ImportPreview#MAX_ERRORS}; {@code uncheckedRows} says how many rows were left); a missing role is 403; a body over
 * the import limit is 413. Malformed
 * requests (bad JSON, wrong content type 415, wrong method 405, unknown address 404) get Spring's own problem
 * details through the base class. A refused catalogue of a year that has scores, and a change that collides with
 * one saved at the same moment (an optimistic lock, a lock wait given up, a unique key taken meanwhile), are 409.
 * <p>
 * Not limited to this package's controllers: a wrong method or content type is refused before any controller is
 * chosen, and only an advice for every handler sees those. The API's controllers are the application's only ones.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Set<String> CONFLICTS = Set.of("catalogue.error.hasScores", "year.error.exists");

    private final I18NProvider texts;

    ApiProblems(I18NProvider texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail importRefused(ImportRefusedException e) {
        boolean conflict = e.preview().errors().stream().anyMatch(error -> CONFLICTS.contains(error.message().key()));
        ProblemDetail problem = conflict ? problem(HttpStatus.CONFLICT, "Conflict", e)
                : problem(HttpStatus.BAD_REQUEST, "Import refused", e);
        List<Map<String, Object>> errors = e.preview().errors().stream().map(this::error).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("uncheckedRows", e.preview().uncheckedRows());
        return problem;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail refused(BusinessRuleException e) {
        if (e.getMessageKey().endsWith(".notFound")) {
            return problem(HttpStatus.NOT_FOUND, "Not found", e);
        }
        if (CONFLICTS.contains(e.getMessageKey())) {
            return problem(HttpStatus.CONFLICT, "Conflict", e);
        }
        return problem(HttpStatus.BAD_REQUEST, "Refused", e);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                english("api.error.bodyTooLarge", e.limitMegabytes()));
        problem.setTitle("Payload too large");
        problem.setType(URI.create("urn:itaboard:api.error.bodyTooLarge"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, english("error.accessDenied"));
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange() {
        return conflict("error.concurrentChange");
    }

    /** A lock wait given up, or a unique key another request took meanwhile (two creations of one year at once). */
    @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail collision() {
        return conflict("error.conflict");
    }

    private ProblemDetail conflict(String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, english(key));
        problem.setTitle("Conflict");
        problem.setType(URI.create("urn:itaboard:" + key));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String title, BusinessRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, english(e.getMessageKey(), e.getArguments()));
        problem.setTitle(title);
        problem.setType(URI.create("urn:itaboard:" + e.getMessageKey()));
        return problem;
    }

    private Map<String, Object> error(ImportError error) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("row", error.row());
        if (error.column() != null) {
            entry.put("column", error.column());
        }
        entry.put("key", error.message().key());
        entry.put("message", english(error.message().key(), error.message().argArray()));
        return entry;
    }

    private String english(String key, Object... args) {
        return texts.getTranslation(key, Locale.ENGLISH, args);
    }
}
