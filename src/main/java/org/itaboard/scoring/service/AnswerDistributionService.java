package org.itaboard.scoring.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.itaboard.fiscalyear.domain.AnswerDistributionRepository;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answer distributions of an item's sub-questions, where a report gives them (IIT/EIT only). */
@Service
public class AnswerDistributionService {

    private final AnswerDistributionRepository distributions;

    private final FiscalYearService years;

    AnswerDistributionService(AnswerDistributionRepository distributions, FiscalYearService years) {
        this.distributions = distributions;
        this.years = years;
    }

    /** The item's sub-questions in order; empty when the report gives none or the item is unknown. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AnswerDistribution> ofItem(FiscalYear year, String itemCode) {
        return distributions.findByItemFiscalYearAndItemCodeOrderBySubNoAsc(years.reload(year), itemCode);
    }
}
