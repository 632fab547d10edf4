package org.itaboard.base.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.itaboard.base.domain.AuditChain;
import org.springframework.stereotype.Component;

/**
 * Migration V15: the audit history becomes a hash chain ({@link AuditChain}). Adds {@code prev_hash} and
 * {@code hash} to {@code audit_entry}, chains the existing entries in id order, then makes both columns NOT NULL
 * (an entry written past {@link AuditService} is refused) and {@code prev_hash} unique (the chain cannot fork).
 * {@code audit_chain_head} (one row) holds the last entry's id and hash: appends lock it, and the check compares
 * the chain's end with it, so removing the last entries shows too. New ids come from {@code audit_entry_seq}.
 * Written in Java because SHA-256 over the canonical form is not the same SQL on PostgreSQL and H2.
 */
@Component
public class AuditChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15");
    }

    @Override
    public String getDescription() {
        return "audit hash chain";
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
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry add column prev_hash varchar(64)");
            statement.execute("alter table audit_entry add column hash varchar(64)");
            statement.execute("create table audit_chain_head (id integer primary key, last_id bigint,"
                    + " last_hash varchar(64) not null)");
            statement.execute("insert into audit_chain_head (id, last_id, last_hash) values (1, null, '"
                    + AuditChain.GENESIS + "')");
        }
        chain(connection);
        long next;
        try (Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from audit_entry")) {
            max.next();
            next = max.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry alter column prev_hash set not null");
            statement.execute("alter table audit_entry alter column hash set not null");
            statement.execute("create unique index audit_entry_prev_hash on audit_entry (prev_hash)");
            statement.execute("create sequence audit_entry_seq start with " + next);
        }
    }

    /**
     * Seals every entry in id order and points the head at the last one. The migration's first chaining; a test
     * also uses it to start from a valid chain in a database that other tests' clean-ups have cut into.
     */
    public static void chain(Connection connection) throws SQLException {
        String previous = AuditChain.GENESIS;
        Long lastId = null;
        try (Statement clear = connection.createStatement()) {
            // prev_hash is unique: placeholders first, so no row's new value meets another row's old one.
            clear.executeUpdate("update audit_entry set prev_hash = concat('~', id)");
        }
        try (Statement read = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update audit_entry set prev_hash = ?, hash = ? where id = ?")) {
            try (ResultSet rows = read.executeQuery("select id, entity_type, entity_id, action, username, occurred_at,"
                    + " changes from audit_entry order by id")) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    String hash = AuditChain.hash(id, rows.getString("entity_type"), rows.getLong("entity_id"),
                            rows.getString("action"), rows.getString("username"),
                            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(), rows.getString("changes"),
                            previous);
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, id);
                    update.addBatch();
                    previous = hash;
                    lastId = id;
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update audit_chain_head set last_id = ?, last_hash = ? where id = 1")) {
            head.setObject(1, lastId);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
