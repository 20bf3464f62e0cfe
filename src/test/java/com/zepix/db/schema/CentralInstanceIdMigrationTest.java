package com.zepix.db.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.ops.checks.DailyTotalsCheck;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Central V5 on a SQLite central that already holds synced rows: everything becomes instance 'local'. */
class CentralInstanceIdMigrationTest {

    @TempDir
    Path dir;

    @Test
    void rows_status_and_cursors_written_before_v5_belong_to_instance_local() throws Exception {
        Path file = DatabaseFile.CENTRAL.in(dir);
        // The central as the migrations before V5 leave it (Flyway's target must name an existing version).
        Path before = Files.createDirectories(dir.resolve("before-v5"));
        try (Stream<Path> migrations = Files.list(Path.of(System.getProperty("zepix.project.dir", "."), "schema", "central"))) {
            for (Path m : migrations.filter(CentralInstanceIdMigrationTest::beforeV5).toList()) {
                Files.copy(m, before.resolve(m.getFileName()));
            }
        }
        SchemaMigrations.flyway(DatabaseFile.CENTRAL, TestDatabases.dataSource(file), "filesystem:" + before).migrate();
        try (Connection c = TestDatabases.open(file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, entry_time, status,"
                    + " profit_dollars) VALUES ('combined_v3', 'V3_COMBINED', 9000, 'EURUSD', '2026-11-20 10:00:00',"
                    + " 'CLOSED', 2.5)");
            st.execute("INSERT INTO sync_status (plugin_id, last_sync_success, records_synced) VALUES ('combined_v3', 1, 1)");
            st.execute("INSERT INTO system_config (key, value) VALUES ('sync.cursor.combined_v3', 'after=1;open=')");
        }
        SchemaMigrations.flyway(DatabaseFile.CENTRAL, TestDatabases.dataSource(file)).migrate();
        try (Connection c = TestDatabases.open(file); Statement st = c.createStatement()) {
            assertThat(strings(st, "SELECT instance_id || '/' || mt5_ticket FROM aggregated_trades")).containsExactly("local/9000");
            assertThat(strings(st, "SELECT instance_id || '/' || plugin_id FROM sync_status")).containsExactly("local/combined_v3");
            assertThat(strings(st, "SELECT key || '=' || value FROM system_config WHERE key LIKE 'sync.cursor.%'"))
                    .containsExactly("sync.cursor.local.combined_v3=after=1;open=");
            // V4's rollup row, made by its trigger before V5, is the instance's too, and its triggers keep
            // counting into that row after V5 (the SQLite central has the one instance 'local').
            assertThat(strings(st, "SELECT instance_id || '/' || plugin_id || '/' || day || '/' || trades"
                    + " FROM aggregated_daily_totals")).containsExactly("local/combined_v3/2026-11-20/1");
            st.execute("INSERT INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket, symbol, entry_time, status,"
                    + " profit_dollars) VALUES ('combined_v3', 'V3_COMBINED', 9002, 'EURUSD', '2026-11-20 11:00:00',"
                    + " 'CLOSED', -1.0)");
            assertThat(strings(st, "SELECT instance_id || '/' || plugin_id || '/' || day || '/' || trades || '/'"
                    + " || closed_trades || '/' || winning_trades || '/' || profit_dollars FROM aggregated_daily_totals"))
                    .containsExactly("local/combined_v3/2026-11-20/2/2/1/1.5");
            assertThat(DailyTotalsCheck.problems(c)).isEmpty();
            assertThatThrownBy(() -> st.execute("INSERT INTO aggregated_daily_totals (instance_id, plugin_id, day, trades,"
                    + " closed_trades, winning_trades, profit_dollars) VALUES ('local', 'combined_v3', '2026-11-20',"
                    + " 1, 0, 0, 0)")).hasMessageContaining("UNIQUE");
            // The architecture's own key stays in force beside the instance one.
            assertThatThrownBy(() -> st.execute("INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol, instance_id)"
                    + " VALUES ('combined_v3', 9000, 'EURUSD', 'other')")).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> st.execute("INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol, instance_id)"
                    + " VALUES ('combined_v3', 9001, 'EURUSD', '')")).hasMessageContaining("CHECK");
        }
    }

    private static boolean beforeV5(Path migration) {
        return Integer.parseInt(migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")) < 5;
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
