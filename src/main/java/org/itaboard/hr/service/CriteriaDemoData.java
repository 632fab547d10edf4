package org.itaboard.hr.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.itaboard.base.service.AuditService;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.domain.FieldChange;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.FiscalYearRepository;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.domain.HrAttachment;
import org.itaboard.hr.domain.HrAttachmentRepository;
import org.itaboard.hr.domain.HrDocument;
import org.itaboard.hr.domain.HrDocumentRepository;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.hr.domain.HrVersionRepository;
import org.itaboard.hr.domain.VersionContent;
import org.itaboard.hr.domain.VersionStatus;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wang Thonglang's personnel documents as the 2565 assessors found them (demo/wangthonglang-2565-oit-evidence.csv,
 * O27 and O28 scored 0): the policy published under its announcement; the appointment and appraisal criteria
 * published without one; the recruitment, development and reward criteria missing; the FY 2564 report without the
 * development results. And this year, the HR officer closing the gaps: the appointment criteria approved and
 * republished under an announcement, the recruitment and development criteria submitted, the reward criteria and
 * this year's report in draft. Written with their real dates and people, history included, so the pages show the
 * years as they went.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "itaboard.demo.enabled", havingValue = "true")
class CriteriaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CriteriaDemoData.class);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String SIGNER = "ผู้อำนวยการเขตวังทองหลาง";

    private final HrDocumentRepository documents;
    private final HrVersionRepository versions;
    private final HrAttachmentRepository attachments;
    private final AuditService history;
    private final FiscalYearRepository years;
    private final OfficeRepository offices;
    private final java.time.Clock clock;

    CriteriaDemoData(HrDocumentRepository documents, HrVersionRepository versions, HrAttachmentRepository attachments,
            AuditService history, FiscalYearRepository years, OfficeRepository offices, java.time.Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.attachments = attachments;
        this.history = history;
        this.years = years;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (documents.count() > 0) {
            return;
        }
        Office office = offices.findAll(Sort.by("id")).get(0);
        Optional<FiscalYear> y2565 = years.findByOfficeAndBeYear(office, 2565);
        if (y2565.isEmpty()) {
            return;
        }
        HrDocument policy = documents.save(new HrDocument(office, DocumentKind.POLICY, null));
        publishedIn2565(policy, new VersionContent("นโยบายการบริหารทรัพยากรบุคคลของสำนักงานเขตวังทองหลาง",
                "12/2564", LocalDate.of(2021, 11, 10), SIGNER, LocalDate.of(2021, 11, 10), POLICY_TEXT, false),
                LocalDate.of(2021, 11, 15), true);
        HrDocument appointment = documents.save(new HrDocument(office, DocumentKind.APPOINTMENT_TRANSFER, null));
        publishedIn2565(appointment, new VersionContent("หลักเกณฑ์การแต่งตั้งและโยกย้ายบุคลากร", null, null, null,
                LocalDate.of(2022, 1, 20), APPOINTMENT_TEXT, false), LocalDate.of(2022, 1, 20), false);
        HrDocument appraisal = documents.save(new HrDocument(office, DocumentKind.PERFORMANCE_APPRAISAL, null));
        publishedIn2565(appraisal, new VersionContent("หลักเกณฑ์การประเมินผลการปฏิบัติงาน", null, null, null,
                LocalDate.of(2022, 1, 20), APPRAISAL_TEXT, false), LocalDate.of(2022, 1, 20), false);
        HrDocument report2565 = documents.save(new HrDocument(office, DocumentKind.ANNUAL_REPORT, y2565.get()));
        publishedIn2565(report2565, new VersionContent("รายงานผลการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2564",
                "3/2565", LocalDate.of(2022, 2, 25), SIGNER, LocalDate.of(2022, 2, 25), REPORT_2564_TEXT, false),
                LocalDate.of(2022, 3, 1), true);

        int thisYear = BuddhistDates.fiscalYearOf(LocalDate.now(clock));
        Optional<FiscalYear> current = years.findByOfficeAndBeYear(office, thisYear);
        LocalDate today = LocalDate.now(clock);
        HrVersion appointment2 = draft(appointment, 2, new VersionContent("หลักเกณฑ์การแต่งตั้งและโยกย้ายบุคลากร",
                "45/" + thisYear, today.minusDays(15), SIGNER, today.minusDays(12), APPOINTMENT_TEXT, false),
                today.minusDays(20));
        submit(appointment2, today.minusDays(16));
        step(appointment2, "hrApproved", "director", today.minusDays(13), () -> appointment2.approve("director",
                at(today.minusDays(13))));
        attachSigned(appointment2, "ประกาศหลักเกณฑ์การแต่งตั้งและโยกย้าย.pdf", today.minusDays(13));
        versions.findByDocumentAndNumber(appointment, 1).ifPresent(old -> old.supersede(at(today.minusDays(12))));
        step(appointment2, "hrPublished", "hr", today.minusDays(12), () -> appointment2.publish("hr",
                at(today.minusDays(12))));

        HrDocument recruitment = documents.save(new HrDocument(office, DocumentKind.RECRUITMENT_SELECTION, null));
        submit(draft(recruitment, 1, new VersionContent("หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", "46/" + thisYear,
                today.minusDays(6), SIGNER, today.plusDays(1), RECRUITMENT_TEXT, false), today.minusDays(9)),
                today.minusDays(5));
        HrDocument development = documents.save(new HrDocument(office, DocumentKind.STAFF_DEVELOPMENT, null));
        submit(draft(development, 1, new VersionContent("หลักเกณฑ์การพัฒนาบุคลากร", "47/" + thisYear,
                today.minusDays(4), SIGNER, today.plusDays(1), DEVELOPMENT_TEXT, false), today.minusDays(8)),
                today.minusDays(3));
        HrDocument reward = documents.save(new HrDocument(office, DocumentKind.REWARD_PUNISHMENT_MORALE, null));
        draft(reward, 1, new VersionContent("หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ", null, null, SIGNER,
                null, REWARD_TEXT, false), today.minusDays(2));
        current.ifPresent(year -> {
            HrDocument report = documents.save(new HrDocument(office, DocumentKind.ANNUAL_REPORT, year));
            draft(report, 1, new VersionContent("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. "
                    + (thisYear - 1), null, null, SIGNER, null, REPORT_TEXT, true), today.minusDays(1));
        });
        log.info("Demo personnel criteria created (current year present: {})", current.isPresent());
    }

    /** A version the 2565 assessors saw: drafted, approved by the director and published on {@code publishedOn}. */
    private void publishedIn2565(HrDocument document, VersionContent content, LocalDate publishedOn, boolean signedFile) {
        HrVersion version = draft(document, 1, content, publishedOn.minusDays(14));
        submit(version, publishedOn.minusDays(7));
        step(version, "hrApproved", "director", publishedOn.minusDays(3),
                () -> version.approve("director", at(publishedOn.minusDays(3))));
        if (signedFile) {
            attachSigned(version, "ประกาศ-" + document.getSlug() + ".pdf", publishedOn.minusDays(2));
        }
        step(version, "hrPublished", "hr", publishedOn, () -> version.publish("hr", at(publishedOn)));
    }

    private HrVersion draft(HrDocument document, int number, VersionContent content, LocalDate on) {
        HrVersion version = new HrVersion(document, number, content.title());
        version.edit(content, BodyMarkup.toSafeHtml(content.body()));
        HrVersion saved = versions.save(version);
        record(document, "hrDraftStarted", "hr", on, FieldChange.of("version", null, number));
        return saved;
    }

    private void submit(HrVersion version, LocalDate on) {
        step(version, "hrSubmitted", "hr", on, () -> version.submit("hr", at(on)));
    }

    private void step(HrVersion version, String action, String by, LocalDate on, Runnable change) {
        change.run();
        versions.save(version);
        VersionStatus status = version.getStatus();
        record(version.getDocument(), action, by, on, FieldChange.of("status", null, "v" + version.getNumber() + " " + status));
    }

    private void attachSigned(HrVersion version, String name, LocalDate on) {
        byte[] pdf = signedAnnouncementPdf(version.getTitle());
        attachments.save(new HrAttachment(version, name, "application/pdf", pdf, CriteriaService.sha256(pdf), "hr", at(on)));
        record(version.getDocument(), "hrFileAttached", "hr", on, FieldChange.of("file", null, name + " (" + pdf.length + " B)"));
    }

    private void record(HrDocument document, String action, String by, LocalDate on, FieldChange change) {
        history.recordAs(by, at(on), CriteriaService.ENTITY, document.getId(), action, List.of(change));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(BANGKOK).toInstant();
    }

    /** A one-page PDF standing in for the scanned, signed announcement. */
    static byte[] signedAnnouncementPdf(String title) {
        String text = "Signed announcement (demo): " + title.codePoints().filter(c -> c < 128)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String stream = "BT /F1 14 Tf 60 780 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources <</Font <</F1 5 0 R>>>>>> endobj\n"
                + "4 0 obj <</Length " + stream.length() + ">> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    private static final String POLICY_TEXT = """
            สำนักงานเขตวังทองหลางกำหนดนโยบายการบริหารทรัพยากรบุคคล เพื่อให้การบริหารงานบุคคลเป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ ดังนี้

            - บริหารทรัพยากรบุคคลตามหลักคุณธรรม ความรู้ความสามารถ และผลงาน
            - ส่งเสริมการพัฒนาบุคลากรอย่างต่อเนื่องตามแผนพัฒนาบุคลากรประจำปี
            - ประเมินผลการปฏิบัติงานอย่างเป็นธรรม โดยใช้ตัวชี้วัดที่ชัดเจนและเปิดเผย
            - สร้างขวัญกำลังใจและคุณภาพชีวิตที่ดีในการทำงาน
            """;

    private static final String APPOINTMENT_TEXT = """
            การแต่งตั้งและโยกย้ายบุคลากรของสำนักงานเขตวังทองหลางให้เป็นไปตามหลักเกณฑ์ของกรุงเทพมหานคร โดยคำนึงถึงความรู้ความสามารถ ประสบการณ์ และความเหมาะสมกับตำแหน่ง

            - เปิดเผยตำแหน่งว่างและคุณสมบัติที่ต้องการให้บุคลากรทราบทั่วกัน
            - พิจารณาโดยคณะกรรมการ และบันทึกเหตุผลของการพิจารณาทุกครั้ง
            - แจ้งผลการพิจารณาให้ผู้เกี่ยวข้องทราบภายใน 15 วันทำการ
            """;

    private static final String APPRAISAL_TEXT = """
            การประเมินผลการปฏิบัติงานปีละ 2 รอบ (1 ตุลาคม – 31 มีนาคม และ 1 เมษายน – 30 กันยายน)

            - ผลสัมฤทธิ์ของงาน ร้อยละ 70 และพฤติกรรมการปฏิบัติราชการ (สมรรถนะ) ร้อยละ 30
            - ผู้บังคับบัญชาแจ้งตัวชี้วัดและเป้าหมายให้ผู้รับการประเมินทราบตั้งแต่ต้นรอบการประเมิน
            - ประกาศรายชื่อผู้มีผลการประเมินดีเด่นและดีมากอย่างเปิดเผย
            """;

    private static final String RECRUITMENT_TEXT = """
            การสรรหาและคัดเลือกบุคลากรให้ดำเนินการอย่างเปิดเผยและเท่าเทียม

            - ประกาศรับสมัครทางเว็บไซต์ของสำนักงานเขตและป้ายประกาศ ไม่น้อยกว่า 7 วันก่อนวันรับสมัคร
            - ใช้เกณฑ์การคัดเลือกที่ประกาศไว้ล่วงหน้า และมีกรรมการไม่น้อยกว่า 3 คน
            - ประกาศผลการคัดเลือกพร้อมคะแนนของผู้ผ่านการคัดเลือก
            """;

    private static final String DEVELOPMENT_TEXT = """
            การพัฒนาบุคลากรเป็นไปตามแผนพัฒนาบุคลากรประจำปีงบประมาณ

            - บุคลากรทุกคนได้รับการพัฒนาไม่น้อยกว่า 10 ชั่วโมงต่อปี
            - จัดอบรมด้านคุณธรรม จริยธรรม และการป้องกันผลประโยชน์ทับซ้อนอย่างน้อยปีละ 1 ครั้ง
            - รายงานผลการพัฒนาบุคลากรในรายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี
            """;

    private static final String REWARD_TEXT = """
            การให้คุณให้โทษและการสร้างขวัญกำลังใจ

            - ยกย่องชมเชยบุคลากรที่มีผลงานดีเด่นทุกไตรมาส
            """;

    private static final String REPORT_2564_TEXT = """
            รายงานผลการบริหารทรัพยากรบุคคลของสำนักงานเขตวังทองหลาง ประจำปีงบประมาณ พ.ศ. 2564

            - อัตรากำลัง: ข้าราชการ 212 คน ลูกจ้างประจำ 96 คน
            - การสรรหาและบรรจุแต่งตั้ง: บรรจุใหม่ 8 คน
            - การประเมินผลการปฏิบัติงาน: ดำเนินการครบ 2 รอบ
            """;

    private static final String REPORT_TEXT = """
            รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขตวังทองหลาง

            - อัตรากำลัง: ข้าราชการ 208 คน ลูกจ้างประจำ 94 คน
            - ผลการพัฒนาบุคลากร: จัดอบรม 12 หลักสูตร ผู้เข้ารับการพัฒนา 286 คน (ร้อยละ 94.7)
            - ปัญหาอุปสรรค: ช่วงเวลาอบรมตรงกับงานบริการประชาชน
            - ข้อเสนอแนะ: จัดอบรมออนไลน์เพิ่มเติม
            """;
}
