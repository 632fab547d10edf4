package org.itaboard.hr.service;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns what the HR officer typed into markup that is safe to show anywhere. Text with tags is cleaned with a
 * jsoup allow-list (paragraphs, emphasis, lists, headings, tables, http(s) links; no scripts, styles, images or
 * event handlers). Plain text becomes paragraphs at blank lines, line breaks within them, and a bulleted list where
 * every line of a block starts with "- " or "• ". Both are applied on save and again when a page is built.
 */
public final class BodyMarkup {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•]\\s+");

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "caption")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan");

    private BodyMarkup() {
    }

    public static String toSafeHtml(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return TAG.matcher(typed).find() ? clean(typed) : paragraphs(typed);
    }

    /** Cleans markup already stored, before it reaches a page: what was saved under an older allow-list is held to this one. */
    public static String clean(String html) {
        return Jsoup.clean(html == null ? "" : html, ALLOWED);
    }

    private static String paragraphs(String text) {
        Document doc = Document.createShell("");
        Element body = doc.body();
        for (String block : text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")) {
            List<String> lines = Arrays.stream(block.split("\n")).filter(l -> !l.isBlank()).toList();
            if (lines.stream().allMatch(l -> BULLET.matcher(l).find())) {
                Element list = body.appendElement("ul");
                lines.forEach(l -> list.appendElement("li").text(BULLET.matcher(l).replaceFirst("").strip()));
            } else {
                Element paragraph = body.appendElement("p");
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        paragraph.appendElement("br");
                    }
                    paragraph.appendText(lines.get(i).strip());
                }
            }
        }
        return body.html();
    }
}
