package org.itaboard.security;

import org.springframework.jdbc.core.JdbcTemplate;

/** Removes the offices a test created (codes starting with {@link #PREFIX}), with their users, divisions and history. */
final class TestOffices {

    static final String PREFIX = "test-";

    private TestOffices() {
    }

    static void removeAll(JdbcTemplate jdbc) {
        String offices = "select id from office where code like '" + PREFIX + "%'";
        String users = "select id from app_user where office_id in (" + offices + ")";
        String divisions = "select id from division where office_id in (" + offices + ")";
        jdbc.update("delete from audit_entry where entity_type = 'AppUser' and entity_id in (" + users + ")");
        jdbc.update("delete from audit_entry where entity_type = 'Division' and entity_id in (" + divisions + ")");
        jdbc.update("delete from audit_entry where entity_type = 'Office' and entity_id in (" + offices + ")");
        jdbc.update("delete from api_token where user_id in (" + users + ")");
        jdbc.update("delete from division_assignment where user_id in (" + users + ") or division_id in (" + divisions + ")");
        jdbc.update("delete from app_user where office_id in (" + offices + ")");
        jdbc.update("delete from division where office_id in (" + offices + ")");
        jdbc.update("delete from office where code like '" + PREFIX + "%'");
    }
}
