package org.itaboard.hr;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.VersionContent;
import org.itaboard.hr.service.CriteriaService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personnel documents for tests: each test works on the yearly report of a fiscal year of its own (≥ 2580, removed
 * with its documents after the test), so the demo office's standing criteria stay as the demo made them.
 */
public final class HrFixtures {

    private final ApplicationContext context;

    public HrFixtures(ApplicationContext context) {
        this.context = context;
    }

    public Office wangThonglang() {
        return context.getBean(OfficeRepository.class).findByCode("wangthonglang").orElseThrow();
    }

    /** Wang Thonglang's year {@code beYear}, created when missing. */
    public FiscalYear year(int beYear) {
        FiscalYearRepository years = context.getBean(FiscalYearRepository.class);
        return context.getBean(TransactionTemplate.class).execute(status -> years
                .findByOfficeAndBeYear(wangThonglang(), beYear)
                .orElseGet(() -> years.save(new FiscalYear(wangThonglang(), beYear))));
    }

    /** Signs in (security context only) as {@code username} with one role. */
    public static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    public static VersionContent complete(String title, String body) {
        return new VersionContent(title, "99/2583", LocalDate.of(2026, 11, 1), "ผู้อำนวยการเขตวังทองหลาง",
                LocalDate.of(2026, 11, 1), body, true);
    }

    /** The year's report, drafted complete with a signed PDF and submitted by the HR officer. */
    public HrVersion submittedReport(FiscalYear year, String title, String body) {
        CriteriaService service = context.getBean(CriteriaService.class);
        signIn("hr", "HR_OFFICER");
        HrVersion draft = service.startDraft(wangThonglang(), DocumentKind.ANNUAL_REPORT, year);
        HrVersion saved = service.saveDraft(draft.getId(), draft.getVersion(), complete(title, body));
        service.attach(saved.getId(), "announcement.pdf", pdf());
        return service.submit(saved.getId());
    }

    /** The year's report, submitted, approved by the director and published by the HR officer. */
    public HrVersion publishedReport(FiscalYear year, String title, String body) {
        CriteriaService service = context.getBean(CriteriaService.class);
        HrVersion submitted = submittedReport(year, title, body);
        signIn("director", "EXECUTIVE");
        service.approve(submitted.getId());
        signIn("hr", "HR_OFFICER");
        HrVersion published = service.publish(submitted.getId());
        SecurityContextHolder.clearContext();
        return published;
    }

    /** A small but real PDF. */
    public static byte[] pdf() {
        String stream = "BT /F1 14 Tf 60 780 Td (Signed announcement) Tj ET";
        return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
                + "4 0 obj <</Length " + stream.length() + ">> stream\n" + stream + "\nendstream endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
