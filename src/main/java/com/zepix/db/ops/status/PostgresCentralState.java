package com.zepix.db.ops.status;

import com.zepix.db.core.MigrationHistory;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.status.StatusReport.Attention;
import com.zepix.db.ops.status.StatusReport.DatabaseState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The central row of {@code status} when central is on PostgreSQL: the database's size, read in a
 * read-only session, and its schema version against this jar's PostgreSQL migrations, from the one
 * history reader ({@link MigrationHistory}; Flyway's info writes nothing). It has no
 * WAL file and no {@code backup}: the server's backups are pg_dump's, which status cannot see.
 */
final class PostgresCentralState {

    private PostgresCentralState() {
    }

    static DatabaseState read(PostgresCentral central, List<Attention> attention, String verify, String init) {
        String where = central.describe();
        try (Connection c = central.connect()) {
            c.setReadOnly(true);
            Long size = single(c, "SELECT pg_database_size(current_database())");
            MigrationHistory history = MigrationHistory.read(
                    SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS));
            String version = history.current().map(MigrationVersion::getVersion).orElse(null);
            String jarVersion = history.latestPackaged().map(MigrationVersion::getVersion).orElse(null);
            String problem = null;
            if (version == null) {
                problem = "has no schema history: it was not made by zepix-db init --central";
                attention.add(new Attention(where, problem, init));
            } else if (history.isNewer()) {
                attention.add(new Attention(where, "is at schema version " + version + ", newer than this jar's "
                        + jarVersion, "use the zepix-db release that made it"));
            } else if (!history.pending().isEmpty()) {
                attention.add(new Attention(where, "is at schema version " + version + ", behind this jar's "
                        + jarVersion, init));
            }
            return new DatabaseState("central", where, size, null, version, jarVersion, null, null, null, problem);
        } catch (SQLException | RuntimeException e) {
            String problem = central.safeMessage(e);
            attention.add(new Attention(where, "cannot be read: " + problem, verify));
            return new DatabaseState("central", where, null, null, null, null, null, null, null, problem);
        }
    }

    private static Long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
