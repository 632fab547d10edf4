package org.itaboard.oit.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.itaboard.oit.domain.UrlOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The URL check against a local web server: HEAD answered, HEAD refused but GET answered, a redirect followed, a
 * missing page and a server error broken; a closed port and an unroutable address could not be checked.
 */
class UrlCheckerTest {

    private final ExecutorService handlers = Executors.newFixedThreadPool(2);
    private HttpServer server;
    private String base;
    private final UrlChecker checker = new UrlChecker(Duration.ofSeconds(3), 2);

    @BeforeEach
    void webServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            int status = switch (path) {
                case "/ok" -> 200;
                case "/get-only" -> head ? 405 : 200;
                case "/moved" -> 302;
                case "/error" -> 500;
                default -> 404;
            };
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/ok");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void eachUrlIsAnsweredBrokenOrCouldNotBeChecked() throws Exception {
        HttpServer closed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String closedPort = base.replaceAll("\\d+$", String.valueOf(closed.getAddress().getPort()));
        closed.stop(0);
        // Addresses routed nowhere: TEST-NET-1 (RFC 5737) and the IPv6 discard prefix (RFC 6666). (10.255.255.1,
        // often used for this, was answered with a 404 by something on this machine's network: observed 2026-12-01.)
        String unroutable = "http://192.0.2.1/page";
        String discarded = "http://[100::1]/page";

        Map<String, UrlChecker.Result> results = checker.check(List.of(base + "/ok", base + "/get-only", base + "/moved",
                base + "/missing", base + "/error", closedPort + "/x", unroutable, discarded, base + "/ok"));

        assertThat(results).containsExactly(
                Map.entry(base + "/ok", new UrlChecker.Result(UrlOutcome.ANSWERED, 200)),
                Map.entry(base + "/get-only", new UrlChecker.Result(UrlOutcome.ANSWERED, 200)),
                Map.entry(base + "/moved", new UrlChecker.Result(UrlOutcome.ANSWERED, 200)),
                Map.entry(base + "/missing", new UrlChecker.Result(UrlOutcome.BROKEN, 404)),
                Map.entry(base + "/error", new UrlChecker.Result(UrlOutcome.BROKEN, 500)),
                Map.entry(closedPort + "/x", new UrlChecker.Result(UrlOutcome.COULD_NOT_CHECK, null)),
                Map.entry(unroutable, new UrlChecker.Result(UrlOutcome.COULD_NOT_CHECK, null)),
                Map.entry(discarded, new UrlChecker.Result(UrlOutcome.COULD_NOT_CHECK, null)));
    }

    @Test
    void aNameThatDoesNotResolveCouldNotBeChecked() {
        assertThat(checker.check(List.of("https://no-such-host.invalid/")))
                .containsEntry("https://no-such-host.invalid/", new UrlChecker.Result(UrlOutcome.COULD_NOT_CHECK, null));
    }
}
