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
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.IndicatorRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.fiscalyear.domain.PublishedScore;
import org.itaboard.fiscalyear.domain.PublishedScoreRepository;
import org.itaboard.fiscalyear.domain.StandardIndicators;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.fiscalyear.domain.SubIndicatorRepository;
import org.itaboard.fiscalyear.domain.GradeScheme;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.fiscalyear.domain.ToolAggregation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.service.DemoOffices;
import org.itaboard.offices.service.OfficeAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo offices' years, each office with only its own reports (every year says which report it came from):
 * <ul>
 * <li>Wang Thonglang: FY 2565 from its ITA 2565 report, all 88 items and every printed aggregate (seven grades);</li>
 * <li>Nong Chok: FY 2567 from its ITA 2567 report, IIT/EIT items with scores, OIT items without (only OIT = 100
 * is printed), five levels, tools as means of items; FY 2568 is the catalogue it planned, without scores;</li>
 * <li>Khan Na Yao: FY 2567 from its half-year report, IIT and EIT items with scores and no printed totals (so no
 * ITA, and OIT not scored);</li>
 * <li>in every office, each later year up to the current one (at least 2569) is copied from the one before
 * without scores; the current one is labelled as mid-year, the ones between as having no scores.</li>
 * </ul>
 */
@Component
@Order(20)
class DemoCatalogueLoader implements ApplicationRunner {

    static final String WANG_THONGLANG_2565 = "ข้อมูลจากรายงานผล ITA ปี 2565 ของสำนักงานเขตวังทองหลาง";
    static final String NONG_CHOK_2567 = "ข้อมูลจากรายงานผล ITA ปี 2567 ของสำนักงานเขตหนองจอก";
    static final String KHAN_NA_YAO_2567 =
            "ข้อมูลจากรายงานผลการดำเนินงานรอบ 6 เดือน ปี 2567 ของสำนักงานเขตคันนายาว (ไม่มีคะแนนรวมที่พิมพ์ไว้)";
    static final String NONG_CHOK_PLAN_2568 =
            "รายการประเมินปี 2568 ตามแผนของสำนักงานเขตหนองจอก (คัดลอกจากปี 2567) ไม่มีผลคะแนนในข้อมูลสาธิต";
    static final String NO_SCORES = "รายการคัดลอกจากปี {0} ไม่มีผลคะแนนในข้อมูลสาธิต";
    static final String CURRENT = "ปีปัจจุบัน ระหว่างปีงบประมาณ: รายการคัดลอกจากปี {0} ยังไม่มีผลคะแนน";
    private static final int LAST_YEAR_OF_THE_BRIEF = 2569;
    /** The NACC's announced average ITA of all assessed agencies, by fiscal year (BE); later years are not out yet. */
    static final Map<Integer, BigDecimal> NATIONAL_AVERAGES = Map.of(2565, new BigDecimal("87.57"),
            2566, new BigDecimal("90.20"), 2567, new BigDecimal("93.05"), 2568, new BigDecimal("93.82"));

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    private final FiscalYearRepository years;
    private final IndicatorRepository indicators;
    private final SubIndicatorRepository subIndicators;
    private final ItemRepository items;
    private final PublishedScoreRepository published;
    private final FiscalYearService service;
    private final OfficeRepository offices;
    private final Clock clock;
    private final boolean demo;

    DemoCatalogueLoader(FiscalYearRepository years, IndicatorRepository indicators, SubIndicatorRepository subIndicators,
            ItemRepository items, PublishedScoreRepository published, FiscalYearService service, OfficeRepository offices,
            Clock clock,
            @Value("${itaboard.demo.enabled:false}") boolean demo) {
        this.years = years;
        this.indicators = indicators;
        this.subIndicators = subIndicators;
        this.items = items;
        this.published = published;
        this.service = service;
        this.offices = offices;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || years.count() > 0) {
            return;
        }
        int current = Math.max(LAST_YEAR_OF_THE_BRIEF, BuddhistDates.fiscalYearOf(LocalDate.now(clock)));
        Office wangThonglang = offices.findAll(Sort.by("id")).get(0);
        copyUpTo(loadWangThonglang2565(wangThonglang), null, current);
        offices.findByCode(DemoOffices.NONG_CHOK).ifPresent(office -> copyUpTo(loadNongChok2567(office),
                NONG_CHOK_PLAN_2568, current));
        offices.findByCode(DemoOffices.KHAN_NA_YAO).ifPresent(office -> copyUpTo(loadKhanNaYao2567(office), null,
                current));
        years.findAll().forEach(year -> year.setNationalAverage(NATIONAL_AVERAGES.get(year.getBeYear())));
        log.info("Demo fiscal years loaded up to {}", current);
    }

    /**
     * Copies {@code last} into each following year up to {@code current}, without scores; the copies go through
     * the service, so they are made exactly as a coordinator's copy is, and audited.
     */
    private void copyUpTo(FiscalYear last, String firstCopyLabel, int current) {
        OfficeAccess.asSystemIn(last.getOffice(), () -> {
            FiscalYear from = last;
            for (int be = last.getBeYear() + 1; be <= current; be++) {
                String label = be == last.getBeYear() + 1 && firstCopyLabel != null ? firstCopyLabel
                        : MessageFormat.format(be == current ? CURRENT : NO_SCORES, String.valueOf(be - 1));
                FiscalYear copy = service.copyYear(from, be);
                copy.setSourceLabel(label);
                from = copy;
            }
        });
    }

    private FiscalYear loadWangThonglang2565(Office office) {
        List<Map<String, String>> aggregates = rows("wangthonglang-2565-aggregates.csv");
        FiscalYear year = new FiscalYear(office, 2565);
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
        return year;
    }

    private FiscalYear loadNongChok2567(Office office) {
        List<Map<String, String>> rows = rows("nongchok-2567-results-2568-plan.csv");
        FiscalYear year = new FiscalYear(office, 2567);
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
        return year;
    }

    /**
     * Khan Na Yao's half-year report of FY 2567: IIT and EIT items with their scores, under the NACC's standard
     * indicators; it prints no totals, so the year has no printed figure and no ITA.
     */
    private FiscalYear loadKhanNaYao2567(Office office) {
        FiscalYear year = new FiscalYear(office, 2567);
        year.setSourceLabel(KHAN_NA_YAO_2567);
        year.setGradeScheme(GradeScheme.FIVE_LEVELS);
        year.setToolAggregation(ToolAggregation.MEAN_OF_ITEMS);
        years.save(year);
        Map<Integer, Indicator> byNumber = new HashMap<>();
        int order = 0;
        for (Map<String, String> r : rows("khannayao-2567-and-agency004-items.csv")) {
            // The report gives OIT only as two range totals (O1-O22, O23-O30), not items: OIT stays unscored.
            if (!r.get("office").contains("Khan Na Yao") || !r.get("fy_be").equals("2567")
                    || r.get("tool").equals(Tool.OIT.name())) {
                continue;
            }
            Tool tool = Tool.valueOf(r.get("tool"));
            int number = Integer.parseInt(r.get("indicator"));
            Indicator indicator = byNumber.computeIfAbsent(number, n -> indicators.save(new Indicator(year, tool, n,
                    StandardIndicators.nameTh(String.valueOf(n)), StandardIndicators.nameEn(String.valueOf(n)))));
            Item item = new Item(year, r.get("code").toUpperCase(java.util.Locale.ROOT), indicator, null, r.get("topic_th"),
                    r.get("topic_en"), ++order);
            item.setScore(ThaiDigits.parseNumber(r.get("score")));
            items.save(item);
        }
        return year;
    }

    private static String twoLevels(String subIndicator) {
        String[] parts = subIndicator.split("\\.");
        return parts[0] + "." + parts[1];
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
