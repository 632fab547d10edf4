package org.itaboard.measures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceFileRepository;
import org.itaboard.measures.domain.EvidenceKind;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Uploads are judged by their content and size; links must be http(s); a refusal leaves nothing behind. */
class EvidenceServiceTest extends PostgresTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private ApplicationContext context;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private MeasureService measures;
    @Autowired
    private EvidenceFileRepository files;

    private MeasureFixtures fixtures;
    private Measure measure;

    @BeforeEach
    void setUp() {
        fixtures = new MeasureFixtures(context);
        measure = fixtures.measure(fixtures.year(2582), "เผยแพร่คู่มือประชาชน", "PUBLIC_WORKS", "REGISTRATION");
        fixtures.signIn("head.works");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void pdfIsAcceptedWithChecksumAndServedBack() {
        Evidence saved = evidence.addFile(measure.getId(),
                new EvidenceUpload("คู่มือ", "manual.pdf", PDF, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 9, 30)));
        assertThat(saved.getKind()).isEqualTo(EvidenceKind.FILE);
        assertThat(saved.getContentType()).isEqualTo("application/pdf");
        assertThat(saved.getSha256()).hasSize(64);
        assertThat(saved.getSizeBytes()).isEqualTo(PDF.length);
        assertThat(saved.getAddedBy()).isEqualTo("head.works");
        fixtures.signIn("director");
        assertThat(evidence.download(saved.getId()).content()).isEqualTo(PDF);
        assertThat(measures.history(measure.getId()).get(0).getAction()).isEqualTo("evidenceAdded");
    }

    @Test
    void executableRenamedPdfIsRefusedAndNothingIsSaved() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        long filesBefore = files.count();
        int historyBefore = measures.history(measure.getId()).size();
        assertThatThrownBy(() -> evidence.addFile(measure.getId(), new EvidenceUpload("รายงาน", "report.pdf", exe, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("evidence.error.type"));
        assertThat(files.count()).isEqualTo(filesBefore);
        assertThat(evidence.list(measure.getId())).isEmpty();
        assertThat(measures.history(measure.getId())).hasSize(historyBefore);
    }

    @Test
    void overLimitFileIsRefused() {
        byte[] big = new byte[(int) evidence.maxSize().toBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> evidence.addFile(measure.getId(), new EvidenceUpload("ใหญ่", "big.pdf", big, null, null)))
                .hasMessage("evidence.error.tooLarge");
        assertThat(evidence.list(measure.getId())).isEmpty();
    }

    @Test
    void javascriptLinkIsRefusedAndHttpsAccepted() {
        assertThatThrownBy(() -> evidence.addLink(measure.getId(), "ลิงก์", "javascript:alert(1)", null, null))
                .hasMessage("evidence.error.url");
        assertThatThrownBy(() -> evidence.addLink(measure.getId(), "ลิงก์", "ftp://example.org/a", null, null))
                .hasMessage("evidence.error.url");
        assertThat(evidence.list(measure.getId())).isEmpty();
        Evidence link = evidence.addLink(measure.getId(), "ประกาศบนเว็บไซต์", "https://www.bangkok.go.th/wangthonglang", null, null);
        assertThat(link.getKind()).isEqualTo(EvidenceKind.LINK);
    }

    @Test
    void officeDocumentsAreRecognisedFromTheirContent() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Evidence docx = evidence.addFile(measure.getId(), new EvidenceUpload("แผน", "plan.docx", zip.toByteArray(), null, null));
        assertThat(docx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void photoGetsAThumbnailAndProgressWithPhotoIsOneChange() throws Exception {
        byte[] png = png(1200, 800);
        var update = measures.addProgress(measure.getId(), new ProgressInput(null, "ติดตั้งป้ายแล้ว", 60),
                new EvidenceUpload("ป้ายหน้าสำนักงาน", "sign.png", png, null, null));
        Evidence photo = update.getEvidence();
        assertThat(photo.getKind()).isEqualTo(EvidenceKind.PHOTO);
        var thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(evidence.thumbnail(photo.getId()).content()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
    }

    @Test
    void refusedPhotoInAProgressUpdateLeavesNoProgress() {
        long filesBefore = files.count();
        assertThatThrownBy(() -> measures.addProgress(measure.getId(), new ProgressInput(null, "มีรูป", 80),
                new EvidenceUpload("รูป", "photo.png", "not an image at all".getBytes(StandardCharsets.UTF_8), null, null)))
                .hasMessage("evidence.error.type");
        assertThat(measures.progress(measure.getId())).isEmpty();
        assertThat(measures.get(measure.getId()).getProgress()).isZero();
        assertThat(files.count()).isEqualTo(filesBefore);
    }

    @Test
    void otherDivisionsAndExecutivesMayNotAddEvidence() {
        for (String user : java.util.List.of("head.finance", "director", "hr")) {
            fixtures.signIn(user);
            assertThatThrownBy(() -> evidence.addFile(measure.getId(), new EvidenceUpload("x", "x.pdf", PDF, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
