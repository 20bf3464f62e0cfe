package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.DataSnapshot;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another connection holds a database in BEGIN EXCLUSIVE for longer than the busy timeout (made
 * short here through the documented property): sync and stats name the file and the cause, exit
 * 1, never say "unexpected", and change nothing.
 */
class LockedDatabaseCommandTest {

    @TempDir
    Path root;

    private Path data;

    @BeforeEach
    void shortBusyTimeout() {
        System.setProperty(SqliteSettings.BUSY_TIMEOUT_PROPERTY, "300");
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        try (DatabaseService db = DatabaseService.open(data)) {
            new PluginTrades(db).v3(100L, 101L, LocalDateTime.of(2026, 11, 26, 9, 0), TradeStatus.CLOSED, 25.0,
                    LogicRoute.LOGIC1);
        }
    }

    @AfterEach
    void defaultBusyTimeout() {
        System.clearProperty(SqliteSettings.BUSY_TIMEOUT_PROPERTY);
    }

    private static Connection holdExclusive(Path db) throws Exception {
        Connection c = TestDatabases.open(db);
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            st.execute("UPDATE system_config SET value = value WHERE 0"); // nothing, but under the lock
        } catch (java.sql.SQLException e) {
            // plugin files have no system_config: BEGIN EXCLUSIVE alone holds the lock
        }
        return c;
    }

    @Test
    void sync_with_central_locked_says_so_once_syncs_nothing_and_exits_1() throws Exception {
        Path central = DatabaseFile.CENTRAL.in(data);
        Map<String, String> before = DataSnapshot.of(data);
        try (Connection lock = holdExclusive(central)) {
            CliRun run = CliRun.run("sync", "--data-dir", data.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1).first().asString()
                    .contains(central.toString()).contains("locked by another process for more than 300 ms")
                    .contains("nothing was synced").doesNotContain("unexpected");
            assertThat(run.out()).doesNotContain("FAILED");
            try (Statement st = lock.createStatement()) {
                st.execute("ROLLBACK");
            }
        }
        assertThat(DataSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void stats_with_a_plugin_file_locked_names_the_file_and_the_cause() throws Exception {
        Path v3 = DatabaseFile.V3.in(data);
        Map<String, String> before = DataSnapshot.of(data);
        try (Connection lock = holdExclusive(v3)) {
            CliRun run = CliRun.run("stats", "--date", "2026-11-26", "--data-dir", data.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err().strip().lines()).as(run.toString()).hasSize(1).first().asString()
                    .contains(v3.toString()).contains("locked by another process for more than 300 ms")
                    .contains("SQLITE_BUSY").doesNotContain("unexpected");
            try (Statement st = lock.createStatement()) {
                st.execute("ROLLBACK");
            }
        }
        // the plugin files are unchanged; central records the failure (sync_status, a STATS_FAILED event)
        assertThat(withoutCentral(DataSnapshot.of(data))).isEqualTo(withoutCentral(before));
        assertThat(OpsFixtures.queryLong(DatabaseFile.CENTRAL.in(data),
                "SELECT count(*) FROM system_events WHERE description LIKE '%locked by another process%'")).isPositive();
    }

    private static Map<String, String> withoutCentral(Map<String, String> snapshot) {
        Map<String, String> plugins = new java.util.TreeMap<>(snapshot);
        plugins.keySet().removeIf(k -> k.contains("zepix_bot.db"));
        return plugins;
    }
}
