package org.itaboard.hr.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyMarkupTest {

    @Test
    void plainTextBecomesParagraphsAndListsWithEverythingEscaped() {
        String html = BodyMarkup.toSafeHtml("ย่อหน้าแรก\nบรรทัดสอง\n\n- ข้อหนึ่ง\n- ข้อ <สอง> & สาม\n\nจบ");
        assertThat(html.replaceAll("\\s*\\n\\s*", "")).isEqualTo(
                "<p>ย่อหน้าแรก<br>บรรทัดสอง</p><ul><li>ข้อหนึ่ง</li><li>ข้อ &lt;สอง&gt; &amp; สาม</li></ul><p>จบ</p>");
    }

    @Test
    void markupKeepsItsStructureButLosesScriptsHandlersStylesImagesAndScriptLinks() {
        String html = BodyMarkup.toSafeHtml("<h3>หัวข้อ</h3><p style=\"color:red\" onmouseover=\"x()\"><b>หนา</b></p>"
                + "<img src=x onerror=alert(1)><script>alert(2)</script><iframe src=\"https://evil\"></iframe>"
                + "<a href=\"javascript:alert(3)\">ก</a><a href=\"https://www.bangkok.go.th/\">ข</a>");
        assertThat(html).contains("<h3>หัวข้อ</h3>", "<b>หนา</b>", "href=\"https://www.bangkok.go.th/\"")
                .doesNotContain("script", "onerror", "onmouseover", "style", "<img", "iframe", "javascript");
    }
}
