package org.itaboard.hr.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.itaboard.base.domain.BuddhistDates;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.hr.service.HrDownload;
import org.itaboard.hr.service.PublicCriteria;
import org.itaboard.hr.service.PublicCriteriaService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public pages of the personnel criteria, the URLs an office enters in the OIT: an index per office, a page
 * per document at a URL that stays when a new version is published, each published version at its own URL, and
 * the signed files. Plain HTML built with jsoup, which escapes every text it is given; the body is sanitised
 * markup, cleaned again here. No Vaadin, no session (the /public/** filter chain is stateless), and a
 * Content-Security-Policy that allows no script at all.
 */
@Controller
class PublicCriteriaController {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final PublicCriteriaService criteria;
    private final I18NProvider texts;

    PublicCriteriaController(PublicCriteriaService criteria, I18NProvider texts) {
        this.criteria = criteria;
        this.texts = texts;
    }

    @GetMapping("/public/{office}/hr")
    ResponseEntity<String> index(@PathVariable String office, HttpServletRequest request) {
        View view = new View(request);
        return criteria.index(office).map(view::indexPage).map(view::ok).orElseGet(view::notFound);
    }

    @GetMapping("/public/{office}/hr/{slug}")
    ResponseEntity<String> current(@PathVariable String office, @PathVariable String slug, HttpServletRequest request) {
        View view = new View(request);
        return criteria.current(office, slug).map(view::documentPage).map(view::ok).orElseGet(view::notFound);
    }

    @GetMapping("/public/{office}/hr/{slug}/v/{number:\\d{1,6}}")
    ResponseEntity<String> version(@PathVariable String office, @PathVariable String slug, @PathVariable int number,
            HttpServletRequest request) {
        View view = new View(request);
        return criteria.version(office, slug, number).map(view::documentPage).map(view::ok).orElseGet(view::notFound);
    }

    @GetMapping("/public/{office}/hr/{slug}/v/{number:\\d{1,6}}/files/{file:\\d{1,18}}")
    ResponseEntity<byte[]> file(@PathVariable String office, @PathVariable String slug, @PathVariable int number,
            @PathVariable long file, HttpServletRequest request) {
        Optional<HrDownload> download = criteria.file(office, slug, number, file);
        if (download.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(new View(request).notFoundPage().getBytes(StandardCharsets.UTF_8));
        }
        HrDownload d = download.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", CSP)
                .body(d.content());
    }

    /**
     * The pages in the reader's language: English when the link asks for it ({@code ?lang=en}) or the browser
     * prefers English (Accept-Language), Thai otherwise (also {@code ?lang=th}). A language chosen in the link is
     * kept in every link of the page; the answer varies with Accept-Language for caches.
     */
    private final class View {

        private final Locale locale;
        private final String langQuery;
        private final String path;

        View(HttpServletRequest request) {
            path = request.getRequestURI();
            String lang = request.getParameter("lang");
            if ("en".equalsIgnoreCase(lang) || "th".equalsIgnoreCase(lang)) {
                locale = TranslationProvider.localeOf(lang.toLowerCase(Locale.ROOT));
                langQuery = "?lang=" + locale.getLanguage();
            } else {
                String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
                boolean english = header != null && !header.isBlank() && "en".equals(request.getLocale().getLanguage());
                locale = english ? TranslationProvider.ENGLISH : TranslationProvider.THAI;
                langQuery = "";
            }
        }

        private boolean english() {
            return "en".equals(locale.getLanguage());
        }

        private String officeName(PublicCriteria.PublicOffice office) {
            return english() && office.nameEn() != null && !office.nameEn().isBlank() ? office.nameEn() : office.nameTh();
        }

        private String link(String path) {
            return path + langQuery;
        }

        ResponseEntity<String> ok(String html) {
            return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", CSP)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                    .body(html);
        }

        String indexPage(PublicCriteria.Index index) {
            Page page = new Page(t("hr.public.indexTitle") + " · " + officeName(index.office()), index.office());
            page.main.appendElement("h1").text(t("hr.public.indexTitle"));
            page.main.appendElement("p").addClass("lead").text(t("hr.public.indexLead", officeName(index.office())));
            if (index.entries().isEmpty()) {
                page.main.appendElement("p").text(t("hr.public.none"));
                return page.html();
            }
            Element list = page.main.appendElement("ul").addClass("documents");
            for (PublicCriteria.Entry entry : index.entries()) {
                Element item = list.appendElement("li");
                item.appendElement("div").addClass("kind").text(kindName(entry.kind(), entry.beYear()));
                item.appendElement("a").attr("href", link(documentUrl(index.office().code(), entry.slug()))).text(entry.title());
                item.appendElement("div").addClass("meta").text(t("hr.public.versionLine", entry.versionNumber(),
                        date(entry.effectiveDate()), date(entry.publishedOn())));
            }
            return page.html();
        }

        String documentPage(PublicCriteria.Page doc) {
            PublicCriteria.Version v = doc.shown();
            Page page = new Page(v.title() + " · " + officeName(doc.office()), doc.office());
            String documentUrl = documentUrl(doc.office().code(), doc.slug());
            page.main.appendElement("div").addClass("kind").text(kindName(doc.kind(), doc.beYear()));
            page.main.appendElement("h1").text(v.title());
            if (!doc.current()) {
                Element notice = page.main.appendElement("p").addClass("notice");
                notice.appendText(t("hr.public.superseded", v.number(), v.supersededOn().map(this::date).orElse("")) + " ");
                notice.appendElement("a").attr("href", link(documentUrl)).text(t("hr.public.seeCurrent"));
            }
            Element facts = page.main.appendElement("dl").addClass("facts");
            fact(facts, t("hr.public.version"), String.valueOf(v.number()));
            fact(facts, t("hr.public.announcement"), v.announcementNumber());
            fact(facts, t("hr.public.announcementDate"), date(v.announcementDate()));
            fact(facts, t("hr.public.signer"), v.signer());
            fact(facts, t("hr.public.effectiveDate"), date(v.effectiveDate()));
            fact(facts, t("hr.public.publishedOn"), date(v.publishedOn()));
            page.main.appendElement("div").addClass("body").html(v.bodyHtml());
            if (!v.files().isEmpty()) {
                page.main.appendElement("h2").text(t("hr.public.files"));
                Element files = page.main.appendElement("ul").addClass("files");
                for (PublicCriteria.File f : v.files()) {
                    files.appendElement("li").appendElement("a")
                            .attr("href", documentUrl + "/v/" + v.number() + "/files/" + f.id())
                            .text(t("hr.public.download", f.name(), Math.max(1, f.sizeBytes() / 1024)));
                }
            }
            if (doc.published().size() > 1) {
                page.main.appendElement("h2").text(t("hr.public.versions"));
                Element versions = page.main.appendElement("ul").addClass("versions");
                for (PublicCriteria.Version p : doc.published()) {
                    Element item = versions.appendElement("li");
                    String label = t("hr.public.versionItem", p.number(), date(p.effectiveDate()));
                    if (p.number() == v.number()) {
                        item.appendElement("strong").text(label);
                    } else {
                        item.appendElement("a").attr("href", link(documentUrl + "/v/" + p.number())).text(label);
                    }
                }
            }
            // The full address, to copy into the OIT: the stable one for the current version, its own for an older one.
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            page.main.appendElement("p").addClass("permalink")
                    .text(t("hr.public.permalink", base + (doc.current() ? documentUrl : documentUrl + "/v/" + v.number())));
            return page.html();
        }

        ResponseEntity<String> notFound() {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).header("Content-Security-Policy", CSP)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(notFoundPage());
        }

        String notFoundPage() {
            Page page = new Page(t("hr.public.notFoundTitle"), null);
            page.main.appendElement("h1").text(t("hr.public.notFoundTitle"));
            page.main.appendElement("p").text(t("hr.public.notFound"));
            return page.html();
        }

        private static void fact(Element list, String label, String value) {
            if (value != null && !value.isBlank()) {
                list.appendElement("dt").text(label);
                list.appendElement("dd").text(value);
            }
        }

        private String kindName(org.itaboard.hr.domain.DocumentKind kind, Integer beYear) {
            String name = beYear == null ? t(kind.nameKey()) : t(kind.nameKey()) + " " + t("hr.public.fiscalYear", beYear);
            // The kinds' English names are written for the middle of a sentence ("missing: HR policy"): a label starts upper case.
            return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }

        private static String documentUrl(String office, String slug) {
            return "/public/" + office + "/hr/" + slug;
        }

        private String date(LocalDate d) {
            if (d == null) {
                return "";
            }
            return english() ? d.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " " + BuddhistDates.toBe(d.getYear())
                    : BuddhistDates.formatLong(d);
        }

        private String t(String key, Object... args) {
            return texts.getTranslation(key, locale, args);
        }

        /** The page's frame: Thai, readable on a phone, printable; every text set through jsoup is escaped. */
        private final class Page {

            private final Document document = Document.createShell("");
            private final Element main;

            Page(String title, PublicCriteria.PublicOffice office) {
                document.outputSettings().prettyPrint(true);
                document.child(0).attr("lang", locale.getLanguage());
                Element head = document.head();
                head.appendElement("meta").attr("charset", "utf-8");
                head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
                head.appendElement("title").text(title);
                // An empty icon: otherwise the browser asks for /favicon.ico, which the signed-in application answers
                // with a session cookie.
                head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
                head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
                Element header = document.body().appendElement("header");
                if (office != null) {
                    header.appendElement("div").addClass("office").text(officeName(office));
                    header.appendElement("a").attr("href", link("/public/" + office.code() + "/hr")).text(t("hr.public.indexTitle"));
                } else {
                    header.appendElement("div").addClass("office").text("ITA Board");
                }
                // The other language, for the same page.
                header.prependElement("a").addClass("lang").attr("href", path + (english() ? "?lang=th" : "?lang=en"))
                        .attr("lang", english() ? "th" : "en").text(english() ? "ภาษาไทย" : "English");
                main = document.body().appendElement("main");
                document.body().appendElement("footer").text(t("hr.public.footer"));
            }

            String html() {
                return "<!DOCTYPE html>\n" + document.outerHtml();
            }
        }
    }

    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma,
              sans-serif; font-size: 18px; line-height: 1.65; color: #1b2430; background: #f6f7f9; }
            header { background: #123a6b; color: #fff; padding: 14px 20px; }
            header .office { font-weight: 700; font-size: 1.1em; }
            header a { color: #dbe7ff; font-size: .9em; }
            header .lang { float: right; margin-left: 12px; }
            main { max-width: 860px; margin: 0 auto; padding: 20px; background: #fff; min-height: 60vh; }
            h1 { font-size: 1.5em; line-height: 1.35; margin: .2em 0 .6em; }
            h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #d5dae1; }
            .kind { color: #55606e; font-size: .9em; }
            .lead { color: #3b4654; }
            .documents { list-style: none; padding: 0; }
            .documents li { padding: 12px 0; border-bottom: 1px solid #e3e7ec; }
            .documents a { font-weight: 600; font-size: 1.05em; color: #0b4fa8; }
            .meta { color: #55606e; font-size: .85em; }
            .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; background: #f1f4f8;
              padding: 12px 16px; border-radius: 6px; }
            .facts dt { color: #55606e; }
            .facts dd { margin: 0; font-weight: 600; }
            .body { margin-top: 1em; overflow-wrap: anywhere; }
            .body table { border-collapse: collapse; width: 100%; }
            .body td, .body th { border: 1px solid #c9d0d8; padding: 4px 8px; }
            .notice { background: #fff4d6; border: 1px solid #e7c65b; padding: 10px 14px; border-radius: 6px; }
            .permalink { color: #55606e; font-size: .8em; overflow-wrap: anywhere; margin-top: 2em; }
            footer { text-align: center; color: #66707c; font-size: .8em; padding: 16px; }
            a { color: #0b4fa8; }
            @media (max-width: 600px) {
              body { font-size: 17px; }
              main { padding: 14px; }
              .facts { grid-template-columns: 1fr; }
              .facts dd { margin-bottom: 6px; }
            }
            @media print {
              body { background: #fff; font-size: 14pt; }
              header, footer, .versions, .permalink { display: none; }
              main { max-width: none; padding: 0; }
              a { color: #000; text-decoration: none; }
            }
            """;
}
