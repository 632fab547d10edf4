package org.itaboard.security;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes the API tokens tests created. Their audit entries stay: the audit history is a hash chain, and an entry
 * removed would show as tampering (token ids are never reused, so the entries do not mix with later tests').
 */
public final class ApiTokens {

    private ApiTokens() {
    }

    public static void removeAll(JdbcTemplate jdbc) {
        jdbc.update("delete from api_token");
    }
}
