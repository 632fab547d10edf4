package org.itaboard.hr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.hr.HrFixtures;
import org.itaboard.hr.domain.HrVersion;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The public pages over real HTTP, as an assessor's browser fetches them: no login, no session cookie, the
 * published text and nothing internal, no markup of anyone's typing that could run.
 */
class PublicCriteriaPagesTest extends WebServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private ApplicationContext context;

    @Test
    void theIndexListsWhatIsInForceWithoutASessionAndWithoutInternalData() throws Exception {
        HttpResponse<String> index = get("public/wangthonglang/hr");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(index.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
        assertThat(index.body())
                .contains("<meta name=\"viewport\"", "Sarabun", "สำนักงานเขตวังทองหลาง",
                        "นโยบายการบริหารทรัพยากรบุคคลของสำนักงานเขตวังทองหลาง", "/public/wangthonglang/hr/hr-policy",
                        "/public/wangthonglang/hr/appointment-transfer")
                // submitted and draft versions, their people and the workflow's words stay inside
                .doesNotContain("หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", "การให้คุณให้โทษและการสร้างขวัญกำลังใจ",
                        "director", "ณัฐธิดา", "วิชัย", "รออนุมัติ", "ร่าง");
    }

    @Test
    void aDocumentKeepsItsUrlOlderVersionsKeepTheirsAndTheSignedPdfDownloads() throws Exception {
        HttpResponse<String> current = get("public/wangthonglang/hr/appointment-transfer");
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(current.body()).contains("หลักเกณฑ์การแต่งตั้งและโยกย้ายบุคลากร", "45/2570", "ผู้อำนวยการเขตวังทองหลาง",
                "/public/wangthonglang/hr/appointment-transfer/v/1").doesNotContain("ถูกแทนที่แล้วเมื่อ");
        HttpResponse<String> old = get("public/wangthonglang/hr/appointment-transfer/v/1");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.body()).contains("ฉบับที่ 1 นี้ถูกแทนที่แล้วเมื่อ", "ดูฉบับที่ใช้บังคับอยู่");

        String pdfLink = current.body().replaceAll("(?s).*href=\"(/public/wangthonglang/hr/appointment-transfer/v/2/files/\\d+)\".*", "$1");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(url(pdfLink.substring(1)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void unknownOfficesDocumentsVersionsAndUnpublishedDraftsAreNotFoundInThai() throws Exception {
        for (String path : new String[] {"public/nosuchoffice/hr", "public/wangthonglang/hr/no-such-document",
                "public/wangthonglang/hr/reward-punishment-morale", "public/wangthonglang/hr/recruitment-selection",
                "public/wangthonglang/hr/appointment-transfer/v/9", "public/wangthonglang/hr/hr-policy/v/1/files/999999"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("ไม่พบหน้าที่ต้องการ").doesNotContain("ข้อความ");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void markupTypedIntoATitleOrBodyIsShownAsTextOrRemovedNeverRun() throws Exception {
        FiscalYear year = new HrFixtures(context).year(2582);
        HrVersion published = new HrFixtures(context).publishedReport(year, "<script>alert('title')</script> รายงาน",
                "<p>ผลการพัฒนา</p><img src=x onerror=alert(1)><script>alert(2)</script><a href=\"javascript:alert(3)\">ก</a>");
        HttpResponse<String> page = get("public/wangthonglang/hr/" + published.getDocument().getSlug());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert('title')&lt;/script&gt; รายงาน", "<p>ผลการพัฒนา</p>")
                .doesNotContain("<script", "onerror", "javascript:", "<img");
        assertThat(get("public/wangthonglang/hr").body()).contains("&lt;script&gt;alert('title')").doesNotContain("<script");
    }

    @Test
    void postingToThePublicPagesIsRefused() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("public/wangthonglang/hr")))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(403, 405);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void thePagesSpeakEnglishWhenTheLinkOrTheBrowserAsksAndThaiOtherwise() throws Exception {
        HttpResponse<String> byLink = get("public/wangthonglang/hr?lang=en");
        assertThat(byLink.statusCode()).isEqualTo(200);
        assertThat(byLink.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(byLink.body()).contains("<html lang=\"en\">", "Personnel management and development criteria",
                "HR policy", "/public/wangthonglang/hr/hr-policy?lang=en", "href=\"/public/wangthonglang/hr?lang=th\"")
                .doesNotContain("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</h1>");

        HttpResponse<String> byBrowser = send("public/wangthonglang/hr/appointment-transfer", "en-US,en;q=0.9,th;q=0.5");
        assertThat(byBrowser.statusCode()).isEqualTo(200);
        assertThat(byBrowser.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        // Other tests may have published a newer version of the document in the shared database: any version's link.
        assertThat(byBrowser.body()).contains("<html lang=\"en\">", "Announcement number", "Appointment and transfer criteria")
                .containsPattern("/public/wangthonglang/hr/appointment-transfer/v/\\d+\"")
                // the published text itself stays as the office wrote it
                .contains("หลักเกณฑ์การแต่งตั้งและโยกย้ายบุคลากร");

        HttpResponse<String> thai = send("public/wangthonglang/hr/appointment-transfer", null);
        assertThat(thai.body()).contains("<html lang=\"th\">", "ประกาศเลขที่").doesNotContain("Announcement number");
        assertThat(send("public/wangthonglang/hr?lang=th", "en").body()).contains("<html lang=\"th\">");
        HttpResponse<String> missing = send("public/wangthonglang/hr/no-such-document?lang=en", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("ไม่พบหน้าที่ต้องการ");
    }

    private HttpResponse<String> send(String path, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "th").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
