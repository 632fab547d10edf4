package org.itaboard.fiscalyear.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.Csv;
import org.itaboard.base.domain.ThaiDigits;
import org.itaboard.base.service.CurrentUsername;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.IndicatorRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.PublishedScore;
import org.itaboard.fiscalyear.domain.PublishedScoreRepository;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.domain.SubIndicatorRepository;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's history, assembled from real reports of different Bangkok district offices, because no
 * single office's reports for several years are at hand. Every year says which report it came from:
 * <ul>
 * <li>FY 2565: Wang Thonglang's ITA 2565 report, all 88 items and every printed aggregate (seven grades);</li>
 * <li>FY 2567: Nong Chok's ITA 2567 report, IIT/EIT items with scores, OIT items without (only OIT = 100 is
 * printed), five levels, tools as means of items;</li>
 * <li>FY 2568: the catalogue Nong Chok planned for 2568, without scores;</li>
 * <li>each later year up to the current one (today's fiscal year, at least 2569), copied from the one before
 * without scores; the current one is labelled as mid-year, the ones between as having no scores.</li>
 * </ul>
 * FY 2566 stays empty on purpose: no report for it is at hand. Khan Na Yao's half-year report is of FY 2567 too
 * and prints neither the ITA nor any tool total, so it cannot be a year of this office and is left out; it is
 * kept, unchanged, beside the other reports in {@code demo/} for the import.
 */
@Component
@Order(20)
class DemoCatalogueLoader implements ApplicationRunner {

    static final String WANG_THONGLANG_2565 = "ข้อมูลจากรายงานผล ITA ปี 2565 ของสำนักงานเขตวังทองหลาง";
    static final String NONG_CHOK_2567 = "ข้อมูลจากรายงานผล ITA ปี 2567 ของสำนักงานเขตหนองจอก";
    static final String NONG_CHOK_PLAN_2568 =
            "รายการประเมินปี 2568 ตามแผนของสำนักงานเขตหนองจอก (คัดลอกจากปี 2567) ไม่มีผลคะแนนในข้อมูลสาธิต";
    static final String NO_SCORES = "รายการคัดลอกจากปี {0} ไม่มีผลคะแนนในข้อมูลสาธิต";
    static final String CURRENT = "ปีปัจจุบัน ระหว่างปีงบประมาณ: รายการคัดลอกจากปี {0} ยังไม่มีผลคะแนน";
    private static final int FIRST_COPIED_YEAR = 2568;
    private static final int LAST_YEAR_OF_THE_BRIEF = 2569;

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    private final FiscalYearRepository years;
    private final IndicatorRepository indicators;
    private final SubIndicatorRepository subIndicators;
    private final ItemRepository items;
    private final PublishedScoreRepository published;
    private final FiscalYearService service;
    private final Clock clock;
    private final boolean demo;

    DemoCatalogueLoader(FiscalYearRepository years, IndicatorRepository indicators, SubIndicatorRepository subIndicators,
            ItemRepository items, PublishedScoreRepository published, FiscalYearService service, Clock clock,
            @Value("${itaboard.demo.enabled:false}") boolean demo) {
        this.years = years;
        this.indicators = indicators;
        this.subIndicators = subIndicators;
        this.items = items;
        this.published = published;
        this.service = service;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || years.count() > 0) {
            return;
        }
        loadWangThonglang2565();
        loadNongChok2567();
        int current = Math.max(LAST_YEAR_OF_THE_BRIEF, BuddhistDates.fiscalYearOf(LocalDate.now(clock)));
        asSystem(() -> {
            service.copyYear(2567, FIRST_COPIED_YEAR).setSourceLabel(NONG_CHOK_PLAN_2568);
            for (int be = FIRST_COPIED_YEAR + 1; be <= current; be++) {
                String label = MessageFormat.format(be == current ? CURRENT : NO_SCORES, String.valueOf(be - 1));
                service.copyYear(be - 1, be).setSourceLabel(label);
            }
        });
        log.info("Demo fiscal years 2565, 2567 and 2568 to {} loaded", current);
    }

    private void loadWangThonglang2565() {
        List<Map<String, String>> aggregates = rows("wangthonglang-2565-aggregates.csv");
        FiscalYear year = new FiscalYear(2565);
        year.setSourceLabel(WANG_THONGLANG_2565);
        year.setGradeScheme(GradeScheme.SEVEN_GRADES);
        year.setToolAggregation(ToolAggregation.MEAN_OF_INDICATORS);
        for (Map<String, String> r : aggregates) {
            if (r.get("level").equals("tool")) {
                BigDecimal weight = ThaiDigits.parseNumber(r.get("weight_pct"));
                switch (Tool.valueOf(r.get("code"))) {
                    case IIT -> year.setWeightIit(weight);
                    case EIT -> year.setWeightEit(weight);
                    case OIT -> year.setWeightOit(weight);
                }
            }
        }
        years.save(year);
        Map<Integer, Indicator> byNumber = new HashMap<>();
        Map<String, SubIndicator> subs = new HashMap<>();
        for (Map<String, String> r : aggregates) {
            String code = r.get("code");
            switch (r.get("level")) {
                case "indicator" -> byNumber.put(Integer.parseInt(code), indicators.save(new Indicator(year,
                        Tool.valueOf(r.get("tool")), Integer.parseInt(code), r.get("thai_name"), r.get("english_name"))));
                case "sub" -> subs.put(code, subIndicators.save(new SubIndicator(
                        byNumber.get(Integer.parseInt(code.split("\\.")[0])), code, r.get("thai_name"), r.get("english_name"))));
                default -> {
                    // the third OIT level is display-only and printed per item; nothing to create
                }
            }
            String publishedCode = switch (r.get("level")) {
                case "total", "tool" -> code;
                case "indicator" -> "IND" + code;
                case "sub" -> "SUB" + code;
                default -> null;
            };
            if (publishedCode != null) {
                published.save(new PublishedScore(year, publishedCode, ThaiDigits.parseNumber(r.get("score"))));
            }
        }
        int order = 0;
        for (Map<String, String> r : rows("wangthonglang-2565-items.csv")) {
            if (!r.get("fy_be").equals("2565")) {
                continue;
            }
            String level = r.get("sub_indicator");
            SubIndicator sub = level.isBlank() ? null : subs.get(twoLevels(level));
            Item item = new Item(year, r.get("code"), byNumber.get(Integer.parseInt(r.get("indicator"))), sub,
                    r.get("thai_short_topic"), r.get("english_gloss"), ++order);
            if (!level.isBlank() && !level.equals(twoLevels(level))) {
                item.setThirdLevel(level);
            }
            item.setScore(ThaiDigits.parseNumber(r.get("score")));
            items.save(item);
        }
    }

    private void loadNongChok2567() {
        List<Map<String, String>> rows = rows("nongchok-2567-results-2568-plan.csv");
        FiscalYear year = new FiscalYear(2567);
        year.setSourceLabel(NONG_CHOK_2567);
        year.setGradeScheme(GradeScheme.FIVE_LEVELS);
        year.setToolAggregation(ToolAggregation.MEAN_OF_ITEMS);
        Function<String, Integer> respondents = code -> rows.stream().filter(r -> r.get("code").equals(code))
                .map(r -> r.get("note").replaceAll("\\D", "")).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).findFirst().orElse(null);
        year.setRespondentsIit(respondents.apply("IIT"));
        year.setRespondentsEit(respondents.apply("EIT"));
        years.save(year);
        Map<Integer, Indicator> byNumber = new HashMap<>();
        Map<String, SubIndicator> subs = new HashMap<>();
        int order = 0;
        for (Map<String, String> r : rows) {
            BigDecimal score = ThaiDigits.parseNumber(r.get("score"));
            switch (r.get("level")) {
                case "indicator" -> byNumber.put(Integer.parseInt(r.get("indicator")), indicators.save(new Indicator(year,
                        Tool.valueOf(r.get("tool")), Integer.parseInt(r.get("indicator")), r.get("topic_th"), r.get("topic_en"))));
                case "sub_indicator" -> subs.put(r.get("sub_indicator"), subIndicators.save(new SubIndicator(
                        byNumber.get(Integer.parseInt(r.get("indicator"))), r.get("sub_indicator"), r.get("topic_th"),
                        r.get("topic_en"))));
                case "item" -> {
                    String sub = r.get("sub_indicator");
                    Item item = new Item(year, r.get("code"), byNumber.get(Integer.parseInt(r.get("indicator"))),
                            sub.isBlank() ? null : subs.get(sub), r.get("topic_th"), r.get("topic_en"), ++order);
                    item.setScore(score);
                    items.save(item);
                }
                default -> {
                    // overall and tool rows carry only printed figures
                }
            }
            if (!r.get("level").equals("item") && score != null) {
                published.save(new PublishedScore(year, r.get("code"), score));
            }
        }
    }

    private static String twoLevels(String subIndicator) {
        String[] parts = subIndicator.split("\\.");
        return parts[0] + "." + parts[1];
    }

    /** The copies go through the service, so they are made exactly as a coordinator's copy is, and audited. */
    private static void asSystem(Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                CurrentUsername.SYSTEM, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static List<Map<String, String>> rows(String file) {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                DemoCatalogueLoader.class.getResourceAsStream("/demo/" + file), file), StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
