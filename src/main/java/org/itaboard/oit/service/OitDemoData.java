package org.itaboard.oit.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itaboard.base.domain.Csv;
import org.itaboard.division.domain.Division;
import org.itaboard.division.domain.DivisionRepository;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.ItemRepository;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.offices.service.OfficeAccess;
import org.itaboard.oit.domain.ChecklistItem;
import org.itaboard.oit.domain.ChecklistItemRepository;
import org.itaboard.oit.domain.DisclosureStatus;
import org.itaboard.oit.domain.RequiredPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wang Thonglang's OIT checklist: 2565 as the assessors found it (the evidence pages of its portal and their
 * feedback, from the CSV; items with feedback published but not verified, the rest verified; the report items'
 * parts, with the HR development results and the anti-corruption report's problems and recommendations missing),
 * and the current year started from it with the coordinator's copy and partly filled. Once, while no checklist
 * item exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "itaboard.demo.enabled", havingValue = "true")
class OitDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OitDemoData.class);
    static final int ASSESSED_YEAR = 2565;
    static final String PORTAL = "https://webportal.bangkok.go.th/wangthonglang/page/";
    private static final List<String> REPORT_PARTS = List.of("ผลการดำเนินงาน", "ปัญหาอุปสรรค", "ข้อเสนอแนะ");

    private final ChecklistItemRepository checklist;
    private final FiscalYearRepository years;
    private final ItemRepository items;
    private final DivisionRepository divisions;
    private final OfficeRepository offices;
    private final OitChecklistService service;

    OitDemoData(ChecklistItemRepository checklist, FiscalYearRepository years, ItemRepository items,
            DivisionRepository divisions, OfficeRepository offices, OitChecklistService service) {
        this.checklist = checklist;
        this.years = years;
        this.items = items;
        this.divisions = divisions;
        this.offices = offices;
        this.service = service;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (checklist.count() > 0) {
            return;
        }
        Optional<Office> office = offices.findAll(Sort.by("id")).stream().findFirst();
        Optional<FiscalYear> assessed = office.flatMap(o -> years.findByOfficeAndBeYear(o, ASSESSED_YEAR));
        if (assessed.isEmpty()) {
            return;
        }
        List<Map<String, String>> rows = rows();
        Map<String, String> pages = new HashMap<>();
        for (Map<String, String> row : rows) {
            pages.put(row.get("code"), row.get("portal_page_id"));
            items.findByFiscalYearAndCode(assessed.get(), row.get("code")).ifPresent(item -> checklist.save(assessed(item, row)));
        }
        checklist.flush();
        Optional<FiscalYear> current = years.findByOfficeOrderByBeYearAsc(office.get()).stream()
                .reduce((first, second) -> second).filter(y -> y.getBeYear() > ASSESSED_YEAR);
        current.ifPresent(year -> OfficeAccess.asSystemIn(office.get(), () -> {
            CopyResult copied = service.copyToYear(assessed.get(), year);
            progress(year, pages);
            log.info("Demo OIT checklist: {} items of {} copied to {}, {} not mapped", copied.mapped().size(),
                    ASSESSED_YEAR, year.getBeYear(), copied.unmapped().size());
        }));
    }

    private ChecklistItem assessed(Item item, Map<String, String> row) {
        ChecklistItem entry = new ChecklistItem(item);
        entry.setDivision(division(item.getFiscalYear().getOffice(), divisionOf(item.getCode())));
        String feedback = row.get("assessor_feedback_en");
        boolean remarked = feedback != null && !feedback.isBlank() && !feedback.equals("none");
        entry.setAssessorFeedback(remarked ? feedback : null);
        entry.setStatus(remarked ? DisclosureStatus.PUBLISHED : DisclosureStatus.VERIFIED);
        entry.setUrls(urls(row.get("portal_page_id")));
        entry.setParts(parts(item.getCode()));
        return entry;
    }

    /** "17991" → a sub page, "top/1485" as it is, "3432 + 20613" two pages, "17998 (dup?)" the page named. */
    static List<String> urls(String pageIds) {
        List<String> urls = new ArrayList<>();
        for (String id : pageIds.split("\\+")) {
            String page = id.replace("(dup?)", "").strip();
            if (!page.isEmpty()) {
                urls.add(PORTAL + (page.contains("/") ? page : "sub/" + page));
            }
        }
        return urls;
    }

    /** The parts the assessors looked for in the report items, done as they found them. */
    private static List<RequiredPart> parts(String code) {
        return switch (code) {
            case "O12", "O20", "O24", "O26" -> REPORT_PARTS.stream().map(p -> new RequiredPart(p, true)).toList();
            case "O27" -> List.of(new RequiredPart("ประกาศหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขต", false),
                    new RequiredPart("หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", false),
                    new RequiredPart("หลักเกณฑ์การแต่งตั้งและโยกย้ายบุคลากร", true),
                    new RequiredPart("หลักเกณฑ์การพัฒนาบุคลากร", false),
                    new RequiredPart("หลักเกณฑ์การประเมินผลการปฏิบัติงาน", true),
                    new RequiredPart("หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ", false));
            case "O28" -> List.of(new RequiredPart("ผลการดำเนินงาน", true), new RequiredPart("ผลการพัฒนาบุคลากร", false),
                    new RequiredPart("ปัญหาอุปสรรค", true), new RequiredPart("ข้อเสนอแนะ", true));
            case "O41" -> List.of(new RequiredPart("ผลการดำเนินงาน", true), new RequiredPart("ปัญหาอุปสรรค", false),
                    new RequiredPart("ข้อเสนอแนะ", false));
            default -> List.of();
        };
    }

    /** Who answers for each item at Wang Thonglang: services by the divisions that give them, money by Finance. */
    private static String divisionOf(String code) {
        int n = Integer.parseInt(code.substring(1));
        if (n == 15 || n == 17) {
            return "PUBLIC_WORKS";
        }
        if (n == 14 || n == 16) {
            return "REGISTRATION";
        }
        if (n >= 18 && n <= 24) {
            return "FINANCE";
        }
        if (n == 32 || n == 33) {
            return "COMMUNITY";
        }
        return "ADMIN";
    }

    /** The current year two months in: the basic information republished, services and HR under way. */
    private void progress(FiscalYear year, Map<String, String> pages) {
        OitChecklist current = service.checklist(year);
        for (ChecklistRow row : current.rows()) {
            ChecklistItem entry = row.entry();
            String code = row.item().getCode();
            if (Arrays.asList("O1", "O2", "O3", "O5", "O6").contains(code)) {
                save(row, DisclosureStatus.PUBLISHED, urls(pages.get(code)), entry.getParts());
            } else if (Arrays.asList("O4", "O10", "O15", "O25").contains(code)) {
                save(row, DisclosureStatus.IN_PROGRESS, code.equals("O4") ? List.of() : urls(pages.get(code)), entry.getParts());
            } else if (code.equals("O27")) {
                // The HR officer's drafts close two of last year's gaps; the rest are still missing.
                List<RequiredPart> parts = entry.getParts().stream().map(p -> new RequiredPart(p.getName(),
                        !p.getName().startsWith("ประกาศ") && !p.getName().contains("ให้คุณให้โทษ"))).toList();
                save(row, DisclosureStatus.IN_PROGRESS, List.of(), parts);
            }
        }
    }

    private void save(ChecklistRow row, DisclosureStatus status, List<String> urls, List<RequiredPart> parts) {
        ChecklistItem entry = row.entry();
        service.save(row.item(), new ChecklistEdit(entry.getDivision(), status, null, parts, urls, entry.getVersion()));
    }

    private Division division(Office office, String code) {
        return divisions.findByOfficeAndCode(office, code).orElse(null);
    }

    private static List<Map<String, String>> rows() {
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/wangthonglang-2565-oit-evidence.csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            return Csv.parseWithHeader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
