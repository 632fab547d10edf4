package org.itaboard.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Evidence;
import org.itaboard.measures.domain.EvidenceFile;
import org.itaboard.measures.domain.EvidenceFileRepository;
import org.itaboard.measures.domain.EvidenceKind;
import org.itaboard.measures.domain.EvidenceRepository;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.domain.MeasureRepository;
import org.itaboard.measures.domain.ProgressUpdate;
import org.itaboard.measures.domain.ProgressUpdateRepository;
import org.itaboard.reports.domain.ReportFormat;
import org.itaboard.reports.domain.ReportPeriod;
import org.itaboard.reports.service.ReportService;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the 12-month report of 1,000 measures with 2,000 photos takes, and how much heap it needs: printed, not
 * asserted (timings depend on the machine). Excluded from the normal build; run it with
 * {@code ./mvnw -o test -Dtest=ReportBenchmarkTest -DexcludedTestGroups=none}. Figures are in README.md.
 */
@Tag("benchmark")
class ReportBenchmarkTest extends PostgresTest {

    private static final int MEASURES = 1_000;
    private static final int PHOTOS_PER_MEASURE = 2;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private ReportService reports;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void annualReportOfAThousandMeasuresWithTwoThousandPhotos() throws Exception {
        ReportFixtures fixtures = new ReportFixtures(context);
        MeasureFixtures.Year year = fixtures.measures().year(2583);
        long arranging = System.nanoTime();
        arrange(fixtures, year);
        System.out.printf("Arranged %d measures with %d photos in %.1f s%n", MEASURES, MEASURES * PHOTOS_PER_MEASURE,
                (System.nanoTime() - arranging) / 1e9);
        signInAs("COORDINATOR");
        for (ReportFormat format : List.of(ReportFormat.XLSX, ReportFormat.DOCX)) {
            reports.writeProgress(year.year(), ReportPeriod.FULL_YEAR, format, OutputStream.nullOutputStream());
            measure(year, format);
        }
    }

    private void measure(MeasureFixtures.Year year, ReportFormat format) throws IOException, InterruptedException {
        System.gc();
        long baseline = used();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.start();
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        reports.writeProgress(year.year(), ReportPeriod.FULL_YEAR, format, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        sampler.join();
        // CPU time of the writing thread (the database's own work not included) says more than wall time when
        // the machine is shared; the load average says how shared it was.
        System.out.printf("BENCHMARK 12-month report %s: %d measures, %d photos, %.2f s (%.2f s CPU, load average "
                        + "%.1f), %.1f MB written, "
                        + "peak heap %.0f MB (%.0f MB above the idle application), max heap %.0f MB%n",
                format, MEASURES, MEASURES * PHOTOS_PER_MEASURE, seconds, cpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), out.count / 1e6, peak.get() / 1e6,
                (peak.get() - baseline) / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A thousand measures on the year's items, each with a progress update, a result and two photos. */
    private void arrange(ReportFixtures fixtures, MeasureFixtures.Year year) {
        MeasureRepository measures = context.getBean(MeasureRepository.class);
        ProgressUpdateRepository updates = context.getBean(ProgressUpdateRepository.class);
        EvidenceFileRepository files = context.getBean(EvidenceFileRepository.class);
        EvidenceRepository evidence = context.getBean(EvidenceRepository.class);
        var division = fixtures.measures().division("ADMIN");
        for (int from = 0; from < MEASURES; from += 100) {
            int batchStart = from;
            transactions.executeWithoutResult(tx -> {
                for (int n = batchStart; n < batchStart + 100; n++) {
                    Measure m = new Measure(year.year(), "มาตรการที่ " + (n + 1) + " เผยแพร่ข้อมูลและอบรมเจ้าหน้าที่");
                    m.setItems(Set.of(n % 2 == 0 ? year.weak() : year.lowest()));
                    m.setWeakness("เจ้าหน้าที่บางส่วนยังไม่ปฏิบัติตามขั้นตอนและระยะเวลาที่กำหนด");
                    m.setActivity("จัดประชุมชี้แจงและเผยแพร่คู่มือการให้บริการผ่านเว็บไซต์ของสำนักงานเขต");
                    m.setResult("ดำเนินการครบตามแผน ผู้รับบริการพึงพอใจร้อยละ 92");
                    m.setProblems("งบประมาณจำกัด");
                    m.setRecommendations("ควรจัดอบรมต่อเนื่องทุกไตรมาส");
                    Measure saved = measures.save(m);
                    updates.save(new ProgressUpdate(saved, LocalDate.of(2039, 1, 15), division,
                            "จัดอบรมแล้ว ผู้เข้าร่วม 40 คน", 60, "head.admin", null));
                    List<Evidence> photos = new ArrayList<>();
                    for (int p = 0; p < PHOTOS_PER_MEASURE; p++) {
                        byte[] jpeg = ReportFixtures.jpeg(320, 240, new Color((n * 37 + p * 101) % 255, (n * 11) % 255, 140));
                        EvidenceFile file = files.save(new EvidenceFile(jpeg));
                        Evidence photo = Evidence.file(saved, EvidenceKind.PHOTO, "ภาพกิจกรรม " + (p + 1), file, "photo.jpg",
                                "image/jpeg", jpeg.length, "0".repeat(64), "head.admin");
                        photo.setThumbnail(files.save(new EvidenceFile(jpeg)));
                        photos.add(photo);
                    }
                    evidence.saveAll(photos);
                }
            });
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
