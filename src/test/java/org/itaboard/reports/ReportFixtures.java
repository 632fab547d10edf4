package org.itaboard.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
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
import org.springframework.context.ApplicationContext;

/**
 * Report content arranged straight in the repositories: a test year lies in the future, where the services refuse
 * progress dated after today, and a report is about progress within its period.
 */
public final class ReportFixtures {

    private final ApplicationContext context;
    private final MeasureFixtures measures;

    public ReportFixtures(ApplicationContext context) {
        this.context = context;
        this.measures = new MeasureFixtures(context);
    }

    public MeasureFixtures measures() {
        return measures;
    }

    public ProgressUpdate progress(Measure m, LocalDate on, String text, int percent) {
        return context.getBean(ProgressUpdateRepository.class)
                .save(new ProgressUpdate(m, on, measures.division("ADMIN"), text, percent, "head.admin", null));
    }

    /** A photo with its thumbnail, as the evidence upload stores it. */
    public Evidence photo(Measure m, String title, byte[] thumbnail) {
        EvidenceFileRepository files = context.getBean(EvidenceFileRepository.class);
        EvidenceFile file = files.save(new EvidenceFile(thumbnail));
        Evidence photo = Evidence.file(m, EvidenceKind.PHOTO, title, file, "photo.jpg", "image/jpeg", thumbnail.length,
                "0".repeat(64), "head.admin");
        photo.setThumbnail(files.save(new EvidenceFile(thumbnail)));
        return context.getBean(EvidenceRepository.class).save(photo);
    }

    public Evidence link(Measure m, String title, String url) {
        return context.getBean(EvidenceRepository.class).save(Evidence.link(m, title, url, "head.admin"));
    }

    /** Sets what the annual report asks of a measure; null leaves a field empty. */
    public Measure outcome(Measure m, String result, String problems, String recommendations) {
        MeasureRepository repository = context.getBean(MeasureRepository.class);
        Measure fresh = repository.findById(m.getId()).orElseThrow();
        fresh.setResult(result);
        fresh.setProblems(problems);
        fresh.setRecommendations(recommendations);
        return repository.save(fresh);
    }

    /** A small JPEG like the thumbnails of the evidence gallery. */
    public static byte[] jpeg(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
