package com.zepix.db.ops.status;

import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.status.StatusReport.Attention;
import com.zepix.db.ops.status.StatusReport.DatabaseState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The central row of {@code status} when central is on PostgreSQL, read in a read-only session:
 * the database's size, its schema version against this jar's PostgreSQL migrations. It has no
 * WAL file and no {@code backup}: the server's backups are pg_dump's, which status cannot see.
 */
final class PostgresCentralState {

    private PostgresCentralState() {
    }

    static DatabaseState read(PostgresCentral central, List<Attention> attention, String verify, String init) {
        String where = central.describe();
        String jarVersion = jarVersion(central);
        try (Connection c = central.connect()) {
            c.setReadOnly(true);
            Long size = single(c, "SELECT pg_database_size(current_database())");
            String version = hasHistory(c) ? text(c, "SELECT version FROM flyway_schema_history WHERE success"
                    + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1") : null;
            String problem = null;
            if (version == null) {
                problem = "has no schema history: it was not made by zepix-db init --central";
                attention.add(new Attention(where, problem, init));
            } else if (jarVersion != null) {
                int order = MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(jarVersion));
                if (order < 0) {
                    attention.add(new Attention(where, "is at schema version " + version + ", behind this jar's "
                            + jarVersion, init));
                } else if (order > 0) {
                    attention.add(new Attention(where, "is at schema version " + version + ", newer than this jar's "
                            + jarVersion, "use the zepix-db release that made it"));
                }
            }
            return new DatabaseState("central", where, size, null, version, jarVersion, null, null, null, problem);
        } catch (SQLException e) {
            String problem = central.safeMessage(e);
            attention.add(new Attention(where, "cannot be read: " + problem, verify));
            return new DatabaseState("central", where, null, null, null, jarVersion, null, null, null, problem);
        }
    }

    /** The highest version among this jar's PostgreSQL migrations, or null when the server cannot be asked. */
    private static String jarVersion(PostgresCentral central) {
        try {
            MigrationInfo[] all = SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS).info().all();
            return Arrays.stream(all).filter(m -> m.getVersion() != null && m.getPhysicalLocation() != null
                            && !m.getPhysicalLocation().isEmpty())
                    .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).map(MigrationVersion::getVersion)
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        return single(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name = 'flyway_schema_history'") > 0;
    }

    private static Long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
