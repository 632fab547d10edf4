package org.itaboard.oit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;
import org.itaboard.hr.domain.DocumentKind;
import org.itaboard.hr.service.PublicCriteria;
import org.itaboard.hr.service.PublicCriteriaService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Use the page ITA Board publishes": for an OIT item about personnel, the absolute URLs of the office's public HR
 * pages that answer it. Which items are about personnel comes from the catalogue, not from a list of codes (they
 * change: O25–O28 in 2565, O16 in 2567): the item's sub-indicator or topic is about human resources
 * ("ทรัพยากรบุคคล"). The item's topic then picks the documents: a policy item the HR policy, a criteria item the five
 * criteria sets, a report item the yearly report of its year (or the year before); an item about HR as a whole every
 * published document. The office's index page comes first. Only published documents are offered: their pages answer.
 * Addresses start with {@code itaboard.public-base-url} (env ITABOARD_PUBLIC_BASE_URL) when set, otherwise with the
 * base URL of the request the coordinator works in.
 */
@Service
public class PublicPagePicker {

    /** A page to offer: what it is (the document's title, or empty for the index) and its absolute URL. */
    public record PublicPage(DocumentKind kind, Integer beYear, String title, String url) {

        public boolean isIndex() {
            return kind == null;
        }
    }

    private static final String HUMAN_RESOURCES = "ทรัพยากรบุคคล";

    private final PublicCriteriaService criteria;
    private final ChecklistAccess access;
    private final String configuredBase;

    PublicPagePicker(PublicCriteriaService criteria, ChecklistAccess access,
            @Value("${itaboard.public-base-url:}") String configuredBase) {
        this.criteria = criteria;
        this.access = access;
        this.configuredBase = configuredBase;
    }

    /** Whether the item is about personnel, as the catalogue words it. */
    public static boolean aboutPersonnel(Item item) {
        SubIndicator sub = item.getSubIndicator();
        return contains(item.getTopicTh(), HUMAN_RESOURCES) || contains(item.getTopicTh(), "บุคลากร")
                || sub != null && contains(sub.getNameTh(), HUMAN_RESOURCES)
                || contains(item.getTopicEn(), "HR ") || contains(item.getTopicEn(), "human resource");
    }

    /**
     * The public pages that answer {@code target} (none for an item not about personnel), with absolute URLs built on
     * the configured base, else on {@code requestBase} (e.g. {@code https://itaboard.example.go.th}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PublicPage> pagesFor(Item target, String requestBase) {
        Item item = access.oitItem(target);
        if (!aboutPersonnel(item)) {
            return List.of();
        }
        FiscalYear year = item.getFiscalYear();
        String office = year.getOffice().getCode();
        String base = base(requestBase) + "/public/" + office + "/hr";
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage(null, null, "", base));
        String topic = item.getTopicTh() == null ? "" : item.getTopicTh();
        criteria.index(office).ifPresent(index -> {
            for (PublicCriteria.Entry entry : index.entries()) {
                if (answers(topic, entry, year.getBeYear())) {
                    pages.add(new PublicPage(entry.kind(), entry.beYear(), entry.title(), base + "/" + entry.slug()));
                }
            }
        });
        return pages;
    }

    /** The base every public URL starts with: configured, else the request's; without a trailing slash. */
    public String base(String requestBase) {
        String base = configuredBase == null || configuredBase.isBlank() ? requestBase : configuredBase.strip();
        base = base == null ? "" : base;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    private static boolean answers(String topic, PublicCriteria.Entry entry, int beYear) {
        DocumentKind kind = entry.kind();
        boolean yearsReport = kind.isYearly() && entry.beYear() != null && (entry.beYear() == beYear || entry.beYear() == beYear - 1);
        if (topic.contains("รายงาน")) {
            return yearsReport;
        }
        if (topic.contains("หลักเกณฑ์")) {
            return kind.isCriteriaSet();
        }
        if (topic.contains("นโยบาย")) {
            return kind == DocumentKind.POLICY;
        }
        return !kind.isYearly() || yearsReport;
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
