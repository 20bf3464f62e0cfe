package com.zepix.db.ops.init;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or upgrades a central database on a PostgreSQL server with its own migrations
 * ({@code schema/central-postgresql}). The database itself must exist (the server's owner makes
 * it, as the README shows); init makes its tables and seed rows in the current schema.
 */
final class PostgresCentralInit {

    private PostgresCentralInit() {
    }

    static DatabaseInitResult run(PostgresCentral central) {
        try {
            Flyway flyway = SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS);
            List<String> newer = Arrays.stream(flyway.info().applied())
                    .filter(m -> !m.getState().isResolved())
                    .map(m -> "V" + m.getVersion())
                    .toList();
            if (!newer.isEmpty()) {
                return failed(central, central.describe() + " was migrated by a newer zepix-db (migrations "
                        + String.join(", ", newer) + " are unknown to this version); it was left as it is");
            }
            boolean existed = flyway.info().current() != null;
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            DatabaseInitResult.Outcome outcome = !existed ? DatabaseInitResult.Outcome.CREATED
                    : result.migrationsExecuted > 0 ? DatabaseInitResult.Outcome.UPGRADED
                    : DatabaseInitResult.Outcome.UP_TO_DATE;
            try (Connection c = central.connect()) {
                return new DatabaseInitResult(DatabaseFile.CENTRAL, null, outcome,
                        existed ? result.initialSchemaVersion : null,
                        current == null ? null : current.getVersion().getVersion(),
                        tables(c, false), tables(c, true), null, central.describe(), 0);
            }
        } catch (FlywayException e) {
            return failed(central, central.describe() + ": " + central.safeMessage(rootCause(e)));
        } catch (SQLException e) {
            return failed(central, central.describe() + ": " + central.safeMessage(e));
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof SQLException ? cause : e;
    }

    private static DatabaseInitResult failed(PostgresCentral central, String problem) {
        return new DatabaseInitResult(DatabaseFile.CENTRAL, null, DatabaseInitResult.Outcome.FAILED, null, null,
                List.of(), List.of(), problem, central.describe(), 0);
    }

    private static List<String> tables(Connection c, boolean bookkeeping) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (SchemaMigrations.isBookkeepingTable(name) == bookkeeping) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
