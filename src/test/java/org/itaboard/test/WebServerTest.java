package org.itaboard.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random port (real HTTP, real Spring Security filters) on the embedded
 * PostgreSQL; shared by the REST API tests and the browser journeys, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebServerTest extends PostgresTest {

    @LocalServerPort
    protected int port;

    /** Every test signs in from 127.0.0.1: the per-address login limit must not make one test fail the next. */
    @DynamicPropertySource
    static void oneClientAddress(DynamicPropertyRegistry registry) {
        registry.add("itaboard.login.address-max-failures", () -> "10000");
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
