package org.itaboard.scoring.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.itaboard.base.domain.Csv;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.itaboard.fiscalyear.domain.AnswerDistributionRepository;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.ResponseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.itaboard.offices.domain.OfficeRepository;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo FY 2565 gets the answer distributions Wang Thonglang's ITA 2565 report prints for every IIT/EIT
 * sub-question. Runs after the demo catalogue ({@code @Order(20)}), once: only while no distribution exists.
 */
@Component
@Order(25)
class AnswerDistributionDemoData implements ApplicationRunner {

    static final int YEAR = 2565;
    static final String FILE = "/demo/wangthonglang-2565-answer-distributions.csv";

    private static final Logger log = LoggerFactory.getLogger(AnswerDistributionDemoData.class);

    private final FiscalYearRepository years;
    private final OfficeRepository offices;
    private final ItemRepository items;
    private final AnswerDistributionRepository distributions;
    private final boolean demo;

    AnswerDistributionDemoData(FiscalYearRepository years, OfficeRepository offices, ItemRepository items,
            AnswerDistributionRepository distributions, @Value("${itaboard.demo.enabled:false}") boolean demo) {
        this.years = years;
        this.offices = offices;
        this.items = items;
        this.distributions = distributions;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || distributions.count() > 0) {
            return;
        }
        // Wang Thonglang's report: the first office of the demo.
        Optional<FiscalYear> year = years.findByOfficeAndBeYear(offices.findAll(Sort.by("id")).get(0), YEAR);
        if (year.isEmpty()) {
            return;
        }
        int loaded = 0;
        for (Map<String, String> row : rows()) {
            Optional<Item> item = items.findByFiscalYearAndCode(year.get(), row.get("code"));
            if (item.isEmpty()) {
                log.warn("Answer distribution of {}.{} skipped: no such item in FY {}", row.get("code"),
                        row.get("sub_no"), YEAR);
                continue;
            }
            List<BigDecimal> shares = Stream.of("p1", "p2", "p3", "p4")
                    .map(p -> ThaiDigits.parseNumber(row.get(p))).toList();
            distributions.save(new AnswerDistribution(item.get(), Integer.parseInt(row.get("sub_no").strip()),
                    row.get("thai_subtopic"), row.get("english_gloss"), ResponseType.fromCsv(row.get("response_type")),
                    shares, ThaiDigits.parseNumber(row.get("score"))));
            loaded++;
        }
        log.info("Demo answer distributions of FY {} loaded: {} sub-questions", YEAR, loaded);
    }

    private static List<Map<String, String>> rows() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                AnswerDistributionDemoData.class.getResourceAsStream(FILE), FILE), StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
