package org.itaboard.fiscalyear.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.offices.service.OfficeService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reads "this office, this year" of a page from its URL ({@code ?office=nongchok&year=2567}) once, as the
 * page is entered: the office is the user's own unless a reader of every office names another; the year is
 * the one named, or the default {@link FiscalYearService#inView} chooses for the page. An office or year the
 * user may not see, or that does not exist, ends on the not-found page (which tells nothing about it).
 */
@SpringComponent
public class YearInViewResolver {

    public static final String OFFICE = "office";
    public static final String YEAR = "year";

    private final OfficeService offices;
    private final OfficeAccess access;
    private final FiscalYearService years;

    YearInViewResolver(OfficeService offices, OfficeAccess access, FiscalYearService years) {
        this.offices = offices;
        this.access = access;
        this.years = years;
    }

    /** The page's office and year; empty when the navigation was sent elsewhere instead. */
    public Optional<YearInView> resolve(BeforeEnterEvent event, YearPurpose purpose) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        try {
            Optional<Office> office = first(params, OFFICE).map(offices::get).or(access::ownOffice);
            if (office.isEmpty()) {
                // A reader of every office who named none starts from the comparison of all offices.
                event.forwardTo("overview");
                return Optional.empty();
            }
            Integer beYear = first(params, YEAR).map(ThaiDigits::parseInteger).orElse(null);
            return Optional.of(years.inView(office.get(), beYear, purpose));
        } catch (BusinessRuleException | AccessDeniedException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /**
     * The query that shows {@code beYear} of the office in view: the office is named only when it is not the
     * user's own, so the links of an office's own users stay short.
     */
    public static QueryParameters query(YearInView inView, Integer beYear, boolean ownOffice) {
        Map<String, String> query = new LinkedHashMap<>();
        if (!ownOffice) {
            query.put(OFFICE, inView.office().getCode());
        }
        if (beYear != null) {
            query.put(YEAR, String.valueOf(beYear));
        }
        return QueryParameters.simple(query);
    }

    /** Whether the office in view is the signed-in user's own. */
    public boolean isOwnOffice(YearInView inView) {
        return access.isOwn(inView.office());
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }
}
