package org.itaboard.offices.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V7: division codes and fiscal years become unique per office instead of in the whole
 * database. Written in Java because V1 and V2 declared those constraints without names, and
 * PostgreSQL and H2 name them differently; the catalogue tells each database's own name.
 * Spring Boot hands Flyway every {@code JavaMigration} bean.
 */
@Component
public class PerOfficeUniqueness implements JavaMigration {

    private static final String[][] TABLE_COLUMN = {{"division", "code"}, {"fiscal_year", "be_year"}};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "per office uniqueness";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String[] tc : TABLE_COLUMN) {
            String table = tc[0];
            String column = tc[1];
            try (Statement statement = connection.createStatement()) {
                for (String constraint : uniqueConstraints(connection, table, column)) {
                    statement.execute("alter table " + table + " drop constraint " + constraint);
                }
                statement.execute("alter table " + table + " add constraint " + table + "_office_" + column
                        + "_key unique (office_id, " + column + ")");
            }
        }
    }

    private static List<String> uniqueConstraints(Connection connection, String table, String column) throws SQLException {
        String sql = "select tc.constraint_name from information_schema.table_constraints tc"
                + " join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name"
                + " and k.table_name = tc.table_name and k.table_schema = tc.table_schema"
                + " where lower(tc.table_name) = ? and lower(k.column_name) = ? and tc.constraint_type = 'UNIQUE'"
                + " and tc.table_schema = current_schema";
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add('"' + rows.getString(1) + '"');
                }
            }
        }
        return names;
    }
}
