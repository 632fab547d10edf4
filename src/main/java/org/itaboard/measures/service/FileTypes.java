package org.itaboard.measures.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.measures.domain.EvidenceKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded file really is, from its bytes (Apache Tika's magic-byte detection), never from
 * its name: an executable renamed "report.pdf" is refused. The name only picks the precise Office
 * type once the content has shown it is an Office container. {@link #check} is the one upload check every
 * feature uses (measures' evidence, meeting task answers, HR announcements, OIT evidence): not empty, not over
 * {@code itaboard.evidence.max-size}, and a type the content proves.
 */
@Component
public class FileTypes {

    /** A detected file: its kind (PHOTO for images) and the content type to serve it with. */
    public record Detected(EvidenceKind kind, String contentType) {
    }

    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    private static final Set<String> OOXML = Set.of("application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Set<String> OLE2 = Set.of("application/x-tika-msoffice", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint");
    private static final Map<String, String> OOXML_BY_EXTENSION = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OLE2_BY_EXTENSION = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

    private final Tika tika = new Tika();
    private final DataSize maxSize;

    FileTypes(@Value("${itaboard.evidence.max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The largest upload accepted anywhere in the application. */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * The upload check shared by every feature: refused when empty or larger than {@link #maxSize()}, then judged
     * from its bytes by {@link #detect}. Nothing is stored here; callers store only what passed.
     */
    public Detected check(byte[] content, String originalName) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("evidence.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new BusinessRuleException("evidence.error.tooLarge", originalName, maxSize.toMegabytes());
        }
        return detect(content, originalName);
    }

    /** The file's kind and type, or a refusal naming what the content really is. */
    public Detected detect(byte[] content, String originalName) {
        String type = tika.detect(content);
        String extension = extensionOf(originalName);
        if ("application/pdf".equals(type)) {
            return new Detected(EvidenceKind.FILE, type);
        }
        if (IMAGES.contains(type)) {
            return new Detected(EvidenceKind.PHOTO, type);
        }
        if (OOXML.contains(type) || "application/zip".equals(type) && isOoxml(content)) {
            return new Detected(EvidenceKind.FILE, OOXML_BY_EXTENSION.getOrDefault(extension, type));
        }
        if (OLE2.contains(type)) {
            return new Detected(EvidenceKind.FILE, OLE2_BY_EXTENSION.getOrDefault(extension, type));
        }
        throw new BusinessRuleException("evidence.error.type", originalName, type);
    }

    /** An Office Open XML package is a zip whose entries include [Content_Types].xml. */
    private static boolean isOoxml(byte[] content) {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
