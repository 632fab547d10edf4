package org.itaboard.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port (real HTTP, real Spring Security filters) on the embedded
 * PostgreSQL; shared by the REST API tests and the browser journeys, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebServerTest extends PostgresTest {

    @LocalServerPort
    protected int port;

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
