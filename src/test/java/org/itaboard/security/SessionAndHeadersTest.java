package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.itaboard.test.WebServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** Issue 10: the session cookie, the idle timeout that Vaadin's heartbeat does not defeat, the security headers. */
class SessionAndHeadersTest extends WebServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void theLoginPageSendsTheSecurityHeadersAndAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(page.body()).doesNotContain("jsessionid");
    }

    @Test
    void anIdleSessionEndsAfter30MinutesWhateverTheHeartbeat() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url("login"))).GET().build(), HttpResponse.BodyHandlers.discarding());
        VaadinService service = vaadinServlet.getServlet().getService();
        assertThat(service.getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(service.getDeploymentConfiguration().getHeartbeatInterval()).isEqualTo(300);
        assertThat(vaadinServlet.getServlet().getServletContext().getSessionTimeout()).isEqualTo(30);
    }
}
