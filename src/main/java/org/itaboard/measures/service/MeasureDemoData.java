package org.itaboard.measures.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.Csv;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.division.domain.StandardDivision;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.measures.domain.Budget;
import org.itaboard.measures.domain.BudgetKind;
import org.itaboard.measures.domain.Comparator;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceRepository;
import org.itaboard.measures.domain.Frequency;
import org.itaboard.measures.domain.Kpi;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.measures.domain.MeasureStatus;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.domain.ProgressUpdateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.service.DemoOffices;
import org.springframework.data.domain.Sort;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo measures from the real offices' tables, dated around today so the board looks like an office
 * in the middle of its year: Wang Thonglang's 2566–2570 plan (read from its CSV) and Khan Na Yao's
 * weak items as this year's work, Nong Chok's 2568 plan on its scored year 2567. Some are late,
 * some led by Public Works and Registration, several supported by other divisions. A missing year
 * is skipped. "This year" is today's fiscal year, or 2569 when that is missing.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "itaboard.demo.enabled", havingValue = "true")
class MeasureDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeasureDemoData.class);
    static final int CURRENT_YEAR = 2569;
    static final int NONG_CHOK_YEAR = 2567;

    private final MeasureRepository measures;
    private final ProgressUpdateRepository updates;
    private final EvidenceRepository evidence;
    private final FiscalYearRepository years;
    private final ItemRepository items;
    private final DivisionRepository divisions;
    private final OfficeRepository offices;
    private final Clock clock;

    MeasureDemoData(MeasureRepository measures, ProgressUpdateRepository updates, EvidenceRepository evidence,
            FiscalYearRepository years, ItemRepository items, DivisionRepository divisions, OfficeRepository offices,
            Clock clock) {
        this.offices = offices;
        this.measures = measures;
        this.updates = updates;
        this.evidence = evidence;
        this.years = years;
        this.items = items;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** A progress report {@code daysAgo} days before today. */
    record Report(int daysAgo, String division, String author, String text, int progress) {
    }

    /** One demo measure: who, what, how often, how far, and what was reported. */
    record Plan(String title, String weakness, String activity, String output, String channels, String lead,
            List<String> support, String owner, Frequency frequency, List<String> itemCodes, BudgetKind budget,
            Comparator comparator, BigDecimal target, String unit, MeasureStatus status, int startDaysAgo, int dueInDays,
            List<Report> reports, String evidenceTitle, String evidenceUrl) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (measures.count() > 0) {
            return;
        }
        int created = 0;
        int thisYear = BuddhistDates.fiscalYearOf(LocalDate.now(clock));
        Office wangThonglang = offices.findAll(Sort.by("id")).get(0);
        Optional<FiscalYear> current = years.findByOfficeAndBeYear(wangThonglang, thisYear)
                .or(() -> years.findByOfficeAndBeYear(wangThonglang, CURRENT_YEAR));
        if (current.isPresent()) {
            for (Plan plan : wangThonglangPlan()) {
                create(current.get(), plan);
                created++;
            }
            for (Plan plan : currentDivisionWork()) {
                create(current.get(), plan);
                created++;
            }
        }
        Optional<FiscalYear> nongChok = offices.findByCode(DemoOffices.NONG_CHOK)
                .flatMap(office -> years.findByOfficeAndBeYear(office, NONG_CHOK_YEAR));
        if (nongChok.isPresent()) {
            for (Plan plan : nongChokPlan()) {
                create(nongChok.get(), plan);
                created++;
            }
        }
        log.info("Demo measures created: {} (years present: {} {})", created, current.isPresent(), nongChok.isPresent());
    }

    private void create(FiscalYear year, Plan p) {
        LocalDate today = LocalDate.now(clock);
        Measure m = new Measure(year, p.title());
        m.setWeakness(p.weakness());
        m.setActivity(p.activity());
        m.setExpectedOutput(p.output());
        m.setChannels(p.channels());
        m.setLeadDivision(division(year.getOffice(), p.lead()));
        m.setSupportingDivisions(p.support().stream().map(code -> division(year.getOffice(), code)).filter(Objects::nonNull).collect(Collectors.toSet()));
        m.setOwner(p.owner());
        m.setMonitor("ผู้อำนวยการเขต");
        m.setFrequency(p.frequency());
        m.setItems(p.itemCodes().stream().map(c -> items.findByFiscalYearAndCode(year, c)).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
        m.setBudget(new Budget(p.budget(), null));
        m.setKpi(new Kpi(p.comparator(), p.target(), p.unit()));
        m.setStatus(p.status());
        m.setStartDate(today.minusDays(p.startDaysAgo()));
        m.setDueDate(today.plusDays(p.dueInDays()));
        m.setFrozen(p.status() == MeasureStatus.VERIFIED);
        if (p.status() == MeasureStatus.CANCELLED) {
            m.setCancelReason("รวมเข้ากับมาตรการอื่นที่ครอบคลุมข้อเดียวกัน");
        }
        if (p.status() == MeasureStatus.DONE || p.status() == MeasureStatus.VERIFIED) {
            m.setResult("ดำเนินการครบตามแผน เผยแพร่ผลบนเว็บไซต์สำนักงานเขตแล้ว");
        }
        Measure saved = measures.save(m);
        Evidence link = null;
        if (p.evidenceUrl() != null) {
            link = Evidence.link(saved, p.evidenceTitle(), p.evidenceUrl(), "coordinator");
            link.setPublishedOn(today.minusDays(Math.max(1, p.startDaysAgo() / 2)));
            link = evidence.save(link);
        }
        List<Report> reports = new ArrayList<>(p.reports());
        reports.sort(java.util.Comparator.comparingInt(Report::daysAgo).reversed());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            LocalDate on = today.minusDays(r.daysAgo());
            updates.save(new ProgressUpdate(saved, on, division(year.getOffice(), r.division()), r.text(), r.progress(), r.author(),
                    i == reports.size() - 1 ? link : null));
            saved.setProgress(r.progress());
            saved.setLastUpdateOn(on);
        }
        if (p.status() == MeasureStatus.DONE || p.status() == MeasureStatus.VERIFIED) {
            saved.setProgress(100);
        }
        measures.save(saved);
    }

    private static List<Map<String, String>> demoCsv(String path) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Division division(Office office, String code) {
        return code == null ? null : divisions.findByOfficeAndCode(office, code).orElse(null);
    }

    /** The twelve measures of Wang Thonglang's 2566–2570 plan, still running this year (no budget, as written). */
    private List<Plan> wangThonglangPlan() {
        List<Map<String, String>> rows = demoCsv("demo/wangthonglang-2566-plan-measures.csv");
        // The plan's KPIs are in the CSV only as English notes; the Thai wording is ours, per measure id.
        Map<String, String> outputsTh = new java.util.HashMap<>();
        demoCsv("demo/wangthonglang-2566-plan-outputs-th.csv").forEach(r -> outputsTh.put(r.get("id"), r.get("output_th")));
        Map<String, Setup> setups = Map.ofEntries(
                Map.entry("M1", new Setup("ADMIN", List.of(), List.of("I1"), MeasureStatus.ACTIVE, 25, 40, ">=80")),
                Map.entry("M2", new Setup("ADMIN", List.of("LAW_ENFORCEMENT"), List.of("I4"), MeasureStatus.ACTIVE, 50, 45, null)),
                Map.entry("M3", new Setup("ADMIN", List.of(), List.of(), MeasureStatus.DRAFT, 0, 0, null)),
                Map.entry("M4", new Setup("ADMIN", List.of("PUBLIC_WORKS", "REVENUE", "REGISTRATION"), List.of("O18"),
                        MeasureStatus.ACTIVE, 12, 60, "100")),
                Map.entry("M5", new Setup("ADMIN", List.of(), List.of("O22"), MeasureStatus.DONE, 5, 100, null)),
                Map.entry("M6", new Setup("ADMIN", List.of("FINANCE"), List.of("O22", "O19"), MeasureStatus.VERIFIED, 5, 100, null)),
                Map.entry("M7", new Setup("REGISTRATION", List.of("PUBLIC_WORKS", "REVENUE"), List.of("E5", "E1"),
                        MeasureStatus.ACTIVE, 45, 55, ">=85")),
                Map.entry("M8", new Setup("ADMIN", List.of(), List.of(), MeasureStatus.ACTIVE, 20, 70, ">=80")),
                Map.entry("M9", new Setup("ADMIN", List.of("LAW_ENFORCEMENT", "PUBLIC_WORKS"), List.of("O17"),
                        MeasureStatus.ACTIVE, 40, 50, "100")),
                Map.entry("M10", new Setup("ADMIN", List.of(), List.of("O17"), MeasureStatus.ACTIVE, 10, 30, null)),
                Map.entry("M11", new Setup("ADMIN", List.of("LAW_ENFORCEMENT"), List.of("O17"), MeasureStatus.ACTIVE, 8, 20, null)),
                Map.entry("M12", new Setup("ADMIN", List.of(), List.of(), MeasureStatus.CANCELLED, 0, 0, null)));
        List<Plan> plans = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Setup s = setups.get(row.get("id"));
            if (s == null) {
                continue;
            }
            String code = row.get("code_th");
            String title = row.get("name_th") + (code == null || code.isBlank() ? "" : " (" + code + ")");
            List<Report> reports = new ArrayList<>();
            if (s.status != MeasureStatus.DRAFT && s.status != MeasureStatus.CANCELLED) {
                int ago = s.status == MeasureStatus.ACTIVE ? s.lastReportDaysAgo : 30;
                reports.add(new Report(ago + 30, s.lead, author(s.lead), "ประชุมชี้แจงแนวทางและมอบหมายผู้รับผิดชอบในแต่ละฝ่าย", 20));
                reports.add(new Report(ago, s.lead, author(s.lead), "เผยแพร่ประกาศผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ สรุปผลเสนอผู้อำนวยการเขต",
                        s.status == MeasureStatus.ACTIVE ? s.progressNow : 100));
            }
            BigDecimal target = s.kpi == null ? null : new BigDecimal(s.kpi.replace(">=", ""));
            Plan plan = new Plan(title, null, row.get("name_th"), outputsTh.get(row.get("id")), "เว็บไซต์สำนักงานเขต, บอร์ดประชาสัมพันธ์, หนังสือเวียน",
                    s.lead, s.support, "หัวหน้า" + leadName(s.lead), Frequency.MONTHLY, s.items, BudgetKind.NONE,
                    s.kpi == null ? null : s.kpi.startsWith(">=") ? Comparator.GE : Comparator.EQ, target,
                    s.kpi == null ? null : "%", s.status, 120, s.status == MeasureStatus.ACTIVE ? 150 : -10, reports,
                    reports.isEmpty() ? null : "ประกาศบนเว็บไซต์สำนักงานเขต",
                    reports.isEmpty() ? null : "https://webportal.bangkok.go.th/wangthonglang");
            plans.add(plan);
        }
        return plans;
    }

    private record Setup(String lead, List<String> support, List<String> items, MeasureStatus status, int lastReportDaysAgo,
            int progressNow, String kpi) {
    }

    /** This year's division work from Khan Na Yao's weak items (E6, E7, E13, i16) and Nong Chok's permit items. */
    private List<Plan> currentDivisionWork() {
        return List.of(
                new Plan("ระบบติดตามสถานะการขอใบอนุญาตก่อสร้างออนไลน์ (Tracking System)",
                        "ผู้ขออนุญาตไม่ทราบว่าคำขออยู่ขั้นตอนใด ต้องโทรสอบถามหรือมาติดต่อซ้ำ",
                        "เปิดให้ตรวจสอบสถานะคำขอใบอนุญาตตาม พ.ร.บ.ควบคุมอาคาร ผ่านเว็บไซต์และ QR Code บนใบรับคำขอ",
                        "ระบบติดตามสถานะที่ประชาชนใช้ได้จริง และรายงานสถิติรายเดือน", "เว็บไซต์, QR Code, Line OA",
                        "PUBLIC_WORKS", List.of("ADMIN"), "หัวหน้าฝ่ายโยธา", Frequency.MONTHLY, List.of("O12"),
                        BudgetKind.NONE, Comparator.GE, new BigDecimal("90"), "% ของคำขอแสดงสถานะถูกต้อง",
                        MeasureStatus.ACTIVE, 110, 120,
                        List.of(new Report(95, "PUBLIC_WORKS", "head.works", "รวบรวมขั้นตอนการพิจารณาและระยะเวลาแต่ละขั้น", 15),
                                new Report(52, "PUBLIC_WORKS", "head.works", "ทดลองใช้ตารางสถานะบนเว็บไซต์กับคำขอเดือนที่ผ่านมา", 35)),
                        "หน้าติดตามสถานะใบอนุญาต", "https://webportal.bangkok.go.th/nongchok/page/sub/permit"),
                new Plan("ประกาศรายการตรวจ (Checklist) การพิจารณาออกใบอนุญาต ณ จุดบริการ",
                        "คะแนน O11 ต่ำ: ไม่มีรายการเอกสารและเกณฑ์พิจารณาเผยแพร่ต่อสาธารณะ",
                        "จัดทำ Checklist ใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอน ติดที่จุดบริการและเผยแพร่บนเว็บไซต์",
                        "Checklist ครบทุกประเภทใบอนุญาต", "บอร์ดประชาสัมพันธ์, เว็บไซต์", "PUBLIC_WORKS", List.of(),
                        "หัวหน้าฝ่ายโยธา", Frequency.QUARTERLY, List.of("O11"), BudgetKind.NONE, Comparator.EQ,
                        new BigDecimal("100"), "% ของประเภทใบอนุญาต", MeasureStatus.ACTIVE, 60, 90,
                        List.of(new Report(20, "PUBLIC_WORKS", "head.works", "ร่าง Checklist ใบอนุญาตก่อสร้างและรื้อถอนแล้ว รอผู้อำนวยการเขตเห็นชอบ", 50)),
                        null, null),
                new Plan("ปรับปรุงคู่มือสำหรับประชาชนให้เข้าถึงง่าย เข้าใจง่าย (Infographic และ QR Code)",
                        "E7 ของเขตคันนายาวต่ำ: ประชาชนเห็นว่าคู่มือหาได้ยากและอ่านเข้าใจยาก",
                        "ทำคู่มืองานทะเบียนราษฎรและบัตรประชาชนแบบ Infographic ติด QR Code ที่เคาน์เตอร์",
                        "คู่มือ ๑๐ งานบริการหลัก", "เคาน์เตอร์บริการ, เว็บไซต์, Facebook เขต", "REGISTRATION",
                        List.of("REVENUE", "PUBLIC_WORKS"), "หัวหน้าฝ่ายทะเบียน", Frequency.MONTHLY, List.of("E7", "E3"),
                        BudgetKind.NONE, Comparator.GE, new BigDecimal("85"), "% ความพึงพอใจผู้รับบริการ",
                        MeasureStatus.ACTIVE, 100, 100,
                        List.of(new Report(80, "REGISTRATION", "head.registration", "สำรวจงานบริการที่มีผู้ใช้มากที่สุด ๑๐ งาน", 20),
                                new Report(41, "REVENUE", "head.admin", "ฝ่ายรายได้ส่งข้อมูลขั้นตอนภาษีที่ดินและสิ่งปลูกสร้างแล้ว", 40)),
                        "ร่างคู่มือบนเว็บไซต์", "https://webportal.bangkok.go.th/khannayao"),
                new Plan("ระบบจองคิวออนไลน์และชำระค่าธรรมเนียมด้วย QR Code",
                        "E13 ต่ำ: ผู้รับบริการต้องรอคิวนานและชำระได้เฉพาะเงินสด", "เปิดจองคิวผ่าน Line OA และรับชำระผ่าน QR พร้อมเพย์",
                        "ระบบคิวออนไลน์ใช้งานได้ทุกวันทำการ", "Line OA, เว็บไซต์", "REGISTRATION", List.of("FINANCE"),
                        "หัวหน้าฝ่ายทะเบียน", Frequency.MONTHLY, List.of("E13"), BudgetKind.UNKNOWN, Comparator.LE,
                        new BigDecimal("15"), "นาทีรอคิวเฉลี่ย", MeasureStatus.DRAFT, 10, 180, List.of(), null, null),
                new Plan("ประกาศไม่รับค่าอำนวยความสะดวกและช่องทางแจ้งเบาะแส ณ จุดบริการทุกจุด",
                        "E6 ต่ำ: ผู้รับบริการบางส่วนรับรู้ว่ามีการเรียกรับค่าอำนวยความสะดวก",
                        "ติดประกาศ No Gift และ QR แจ้งเบาะแสที่จุดบริการ สุ่มสอบถามผู้รับบริการทุกเดือน",
                        "ประกาศครบทุกจุดบริการ; ผลสุ่มสอบถามรายเดือน", "ป้ายประกาศ, QR Code, Traffy Fondue", "ADMIN",
                        List.of("REGISTRATION", "REVENUE", "PUBLIC_WORKS", "LAW_ENFORCEMENT"), "หัวหน้าฝ่ายปกครอง",
                        Frequency.MONTHLY, List.of("E6", "O18"), BudgetKind.NONE, Comparator.EQ, BigDecimal.ZERO,
                        "เรื่องร้องเรียน", MeasureStatus.ACTIVE, 90, 200,
                        List.of(new Report(70, "ADMIN", "head.admin", "ติดประกาศครบ ๘ จุดบริการ", 40),
                                new Report(12, "REGISTRATION", "head.registration", "สุ่มสอบถามผู้รับบริการงานทะเบียน ๓๐ ราย ไม่พบการเรียกรับ", 60)),
                        "ภาพประกาศ No Gift Policy", "https://webportal.bangkok.go.th/khannayao/page/sub/nogift"),
                new Plan("แจ้งหลักเกณฑ์การประเมินผลการปฏิบัติราชการและการเลื่อนเงินเดือนให้บุคลากรทุกคน",
                        "i16 ต่ำ: บุคลากรเห็นว่าการประเมินผลไม่โปร่งใส", "ประชุมชี้แจงหลักเกณฑ์ก่อนรอบประเมิน และเผยแพร่ผลการพิจารณา",
                        "บุคลากรรับทราบหลักเกณฑ์ครบทุกคน", "ประชุม, หนังสือเวียน, อีเมล", "ADMIN", List.of("FINANCE"),
                        "หัวหน้าฝ่ายปกครอง", Frequency.SEMI_ANNUAL, List.of("I16", "I10"), BudgetKind.NONE, Comparator.GE,
                        new BigDecimal("95"), "% บุคลากรลงนามรับทราบ", MeasureStatus.ACTIVE, 50, 130,
                        List.of(new Report(30, "ADMIN", "head.admin", "ประชุมชี้แจงรอบเมษายนแล้ว ลงนามรับทราบ ๘๗%", 55)), null, null));
    }

    /** Nong Chok's 2568 plan, made from its 2567 results: finished work on the year it was scored. */
    private List<Plan> nongChokPlan() {
        List<Plan> plans = new ArrayList<>();
        String[][] rows = {
                {"เผยแพร่ข้อมูลพื้นฐานของสำนักงานเขตให้ครบถ้วนเป็นปัจจุบัน", "O1", "ADMIN", "", "VERIFIED"},
                {"รายงานสถิติการจัดเก็บรายได้รายเดือนบนเว็บไซต์", "O10", "REVENUE", "FINANCE", "VERIFIED"},
                {"ประกาศรายการตรวจ (Checklist) การออกใบอนุญาต", "O11", "PUBLIC_WORKS", "", "DONE"},
                {"แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายรายไตรมาส", "O13", "FINANCE", "ADMIN", "DONE"},
                {"ประกาศจัดซื้อจัดจ้างและสรุปผลรายเดือน", "O15", "FINANCE", "", "VERIFIED"},
                {"ช่องทางร้องเรียนการทุจริตและสถิติเรื่องร้องเรียน", "O17", "ADMIN", "LAW_ENFORCEMENT", "DONE"},
                {"ปรับปรุงการให้บริการให้สะดวก รวดเร็วมากขึ้น (ขยายเวลาบริการงานทะเบียน)", "E5", "REGISTRATION", "ADMIN", "DONE"},
                {"การจัดการทรัพย์สินของทางราชการและการจัดเก็บของกลาง", "O21", "LAW_ENFORCEMENT", "CLEANSING", "CANCELLED"}};
        for (String[] r : rows) {
            MeasureStatus status = MeasureStatus.valueOf(r[4]);
            List<String> support = r[3].isEmpty() ? List.of() : Arrays.asList(r[3].split(","));
            List<Report> reports = status == MeasureStatus.CANCELLED ? List.of()
                    : List.of(new Report(800, r[2], author(r[2]), "ดำเนินการตามแผนปี ๒๕๖๘ และรายงานผู้อำนวยการเขตทุกเดือน", 100));
            plans.add(new Plan(r[0], "คะแนนปี ๒๕๖๗ ของข้อ " + r[1] + " ยังไม่เต็ม", "ผู้อำนวยการเขตกำกับติดตามให้ทุกฝ่ายดำเนินการ",
                    "ข้อมูลเผยแพร่ครบตามเกณฑ์ OIT", "เว็บไซต์สำนักงานเขต", r[2], support, "หัวหน้า" + leadName(r[2]),
                    Frequency.MONTHLY, List.of(r[1]), BudgetKind.NONE, null, null, null, status, 1100, -700, reports,
                    reports.isEmpty() ? null : "รายงานผลบนเว็บไซต์",
                    reports.isEmpty() ? null : "https://webportal.bangkok.go.th/nongchok"));
        }
        return plans;
    }

    private static String author(String division) {
        return switch (division) {
            case "PUBLIC_WORKS" -> "head.works";
            case "REGISTRATION" -> "head.registration";
            case "FINANCE" -> "head.finance";
            case "ADMIN" -> "head.admin";
            default -> "coordinator";
        };
    }

    private static String leadName(String code) {
        return StandardDivision.valueOf(code).nameTh();
    }
}
