package org.itaboard.base.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo users have the password printed in README.md, so demo data goes only into the embedded H2
 * database of the one-command start. With demo data on and any other database, the application
 * refuses to start (before any demo loader runs) and says how to go on.
 */
@Component
class DemoDataGuard {

    DemoDataGuard(@Value("${itaboard.demo.enabled:false}") boolean demo,
            @Value("${spring.datasource.url:}") String url,
            // Set only by the test suite, whose PostgreSQL is embedded as well.
            @Value("${itaboard.demo.outside-embedded-database:false}") boolean outsideEmbeddedDatabase) {
        if (demo && !outsideEmbeddedDatabase && !EmbeddedDatabasePassword.isEmbeddedH2(url)) {
            throw new IllegalStateException("Demo data (demo users with a published password) is loaded only into the "
                    + "embedded H2 database, not into " + url.replaceFirst("^(jdbc:[^:]+).*", "$1")
                    + ". Set ITABOARD_DEMO_ENABLED=false, and ITABOARD_ADMIN_USERNAME / ITABOARD_ADMIN_PASSWORD for the first "
                    + "administrator.");
        }
    }
}
