package com.zepix.db.ops.verify;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.checks.DailyTotalsCheck;
import com.zepix.db.ops.schema.ExpectedSchema;
import com.zepix.db.ops.server.PostgresCentralSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;

/**
 * {@code verify} for a central on a PostgreSQL server, read-only like the rest of verify: its
 * Flyway history against this jar's PostgreSQL migrations, its tables, columns, types and indexes
 * against the generated central classes (the drift check: a column added or changed by hand
 * shows here), the seeded rows, and the dashboard rollup against a recount of the trades. It runs in a read-only transaction.
 */
final class PostgresCentralVerify {

    private PostgresCentralVerify() {
    }

    /** Adds what is wrong to {@code problems}; returns the schema version if known. */
    static String check(PostgresCentral central, List<String> problems) {
        String version = null;
        try (Connection c = central.connect()) {
            c.setReadOnly(true);
            if (!hasHistory(c)) {
                problems.add("has no " + SchemaMigrations.FLYWAY_HISTORY_TABLE
                        + " table: it was not made by zepix-db init --central");
                return null;
            }
            try {
                MigrationHistory migrations = MigrationHistory.read(
                        SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS));
                version = migrations.current().map(Object::toString).orElse(null);
                problems.addAll(migrations.problems(true));
            } catch (FlywayException e) {
                problems.add("Flyway validate could not run: " + central.safeMessage(e));
            }
            List<String> differences = PostgresCentralSchema.differences(c);
            problems.addAll(differences);
            for (ExpectedSchema.SeedRow row : ExpectedSchema.latest(DatabaseFile.CENTRAL).seedRows()) {
                if (!row.isIn(c)) {
                    problems.add("default row " + row.describe() + " is missing");
                }
            }
            if (differences.isEmpty()) {
                problems.addAll(DailyTotalsCheck.problemsOnServer(c));
            }
        } catch (SQLException e) {
            problems.add("cannot be checked: " + central.safeMessage(e));
        }
        return version;
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
            ps.setString(1, SchemaMigrations.FLYWAY_HISTORY_TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
