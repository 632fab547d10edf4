package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaboard.base.ui.SheetExport;
import org.itaboard.security.domain.SignInChannel;
import org.itaboard.security.domain.SignInEvent;
import org.itaboard.security.domain.SignInEventRepository;
import org.itaboard.security.domain.SignInOutcome;
import org.itaboard.security.service.SignInAudit;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 10: every sign-in, failure, refusal and sign-out is in the database, bounded, and shown by office. */
class SignInLogTest extends WebServerTest {

    private static final String AGENT = "SignInLogTest/1.0 (X11; Linux x86_64)";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    SignInEventRepository events;
    @Autowired
    SignInAudit audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLoginPageAndTheApiLeaveEverySignInAndFailureWithAddressAndBrowser() throws Exception {
        long before = events.count();
        // No colon: HTTP Basic ends the username at the first one.
        String hostile = "=HYPERLINK(\"evil\")" + "x".repeat(5000);

        assertThat(formLogin("head.registration", "demo1234")).isEqualTo(url(""));
        assertThat(formLogin("head.registration", "not-the-password")).isEqualTo(url("login?error"));
        assertThat(api("head.registration", "demo1234").statusCode()).isEqualTo(200);
        assertThat(api(hostile.substring(0, 2000), "whatever").statusCode()).isEqualTo(401);

        List<SignInEvent> written = events.findAll(Sort.by("id")).stream().skip(before).toList();
        assertThat(written).extracting(SignInEvent::getOutcome, SignInEvent::getChannel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SignInOutcome.SUCCESS, SignInChannel.FORM),
                org.assertj.core.groups.Tuple.tuple(SignInOutcome.FAILURE, SignInChannel.FORM),
                org.assertj.core.groups.Tuple.tuple(SignInOutcome.FAILURE, SignInChannel.API));
        SignInEvent success = written.get(0);
        assertThat(success.getUsername()).isEqualTo("head.registration");
        assertThat(success.getOfficeId()).isEqualTo(wangThonglang().getId());
        assertThat(success.getAddress()).isEqualTo("127.0.0.1");
        assertThat(success.getUserAgent()).isEqualTo(AGENT);
        SignInEvent unknown = written.get(2);
        assertThat(unknown.getUsername()).hasSize(SignInEvent.MAX_USERNAME).startsWith("=HYPERLINK(");
        assertThat(unknown.getOfficeId()).isNull();

        // An office's administrator sees their office's rows; the system administrator also the unknown username.
        Instant from = Instant.now().minus(3650, ChronoUnit.DAYS);
        Instant to = Instant.now().plus(3650, ChronoUnit.DAYS);
        signInAs("ADMIN");
        assertThat(audit.search(from, to, EnumSet.allOf(SignInOutcome.class), "REGISTRATION"))
                .extracting(SignInEvent::getId).contains(success.getId(), written.get(1).getId());
        assertThat(audit.search(from, to, EnumSet.allOf(SignInOutcome.class), "=hyperlink")).isEmpty();
        assertThat(audit.search(from, to, EnumSet.of(SignInOutcome.SUCCESS), "registration"))
                .extracting(SignInEvent::getOutcome).containsOnly(SignInOutcome.SUCCESS);
        signInAs("SYSTEM_ADMIN");
        assertThat(audit.search(from, to, EnumSet.allOf(SignInOutcome.class), "=hyperlink"))
                .extracting(SignInEvent::getId).containsExactly(unknown.getId());
    }

    @Test
    void theExcelExportKeepsATypedFormulaAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(new SheetExport.Table<>("log", List.of(new SheetExport.Column<String>("username", u -> u)),
                List.of("=HYPERLINK(\"http://evil\")")), out);
        byte[] file = out.toByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
        }
    }

    private String formLogin(String username, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", AGENT)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> api(String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url("api/v1/years"))).header("User-Agent", AGENT)
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
