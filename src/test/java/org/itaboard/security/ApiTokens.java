package org.itaboard.security;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes the API tokens tests created, with their history. */
public final class ApiTokens {

    private ApiTokens() {
    }

    public static void removeAll(JdbcTemplate jdbc) {
        jdbc.update("delete from audit_entry where entity_type = 'ApiToken'");
        jdbc.update("delete from api_token");
    }
}
