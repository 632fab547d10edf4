package org.itaboard.reports.service;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.itaboard.base.service.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * PDF of a Word report through LibreOffice ({@code soffice --headless --convert-to pdf}), which shapes Thai (tone
 * marks and vowels stacked, not overlapping) where the Java PDF libraries at hand do not. Where LibreOffice is not
 * installed there is no PDF, and the reports page says so: a PDF with broken Thai is worse than none.
 */
@Component
class PdfConverter {

    private static final long TIMEOUT_SECONDS = 120;

    private final Optional<Path> soffice = findOnPath("soffice");

    boolean available() {
        return soffice.isPresent();
    }

    /** Converts the .docx written by {@code docx} and copies the PDF to {@code out}. */
    void convert(DocxWriter docx, OutputStream out) throws IOException {
        Path program = soffice.orElseThrow(() -> new BusinessRuleException("report.error.noPdf"));
        Path dir = Files.createTempDirectory("itaboard-report");
        try {
            Path source = dir.resolve("report.docx");
            try (OutputStream file = Files.newOutputStream(source)) {
                docx.write(file);
            }
            // A profile of its own per conversion: two conversions at once would otherwise lock each other out.
            Process process = new ProcessBuilder(program.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                    dir.toString(), source.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("LibreOffice did not finish the PDF within " + TIMEOUT_SECONDS + " s");
            }
            Path pdf = dir.resolve("report.pdf");
            if (process.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
                throw new IOException("LibreOffice made no PDF (exit " + process.exitValue() + "): "
                        + Files.readString(dir.resolve("soffice.log")));
            }
            try (InputStream in = Files.newInputStream(pdf)) {
                in.transferTo(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while LibreOffice made the PDF", e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
    }

    /** Writes a Word document. */
    @FunctionalInterface
    interface DocxWriter {
        void write(OutputStream out) throws IOException;
    }
}
