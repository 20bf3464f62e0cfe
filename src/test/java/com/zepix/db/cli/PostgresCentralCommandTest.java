package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.SchemaVersions;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, verify, sync, backup and restore with the central database on a real PostgreSQL server. */
class PostgresCentralCommandTest {

    private static final String PG_VERSION = SchemaVersions.latest("central-postgresql");
    private static final LocalDateTime ENTRY = LocalDateTime.of(2026, 11, 20, 9, 30);

    @TempDir
    Path root;

    TestPostgres.Database pg;
    Path data;
    final List<CliRun> runs = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        pg = TestPostgres.createDatabase();
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
    }

    @AfterEach
    void dropDatabaseAndCheckNoRunPrintedThePassword() {
        pg.close();
        for (CliRun run : runs) {
            assertThat(run.out() + run.err()).as("output of a run").doesNotContain(TestPostgres.password());
        }
    }

    private CliRun run(Map<String, String> environment, String... args) {
        CliRun run = CliRun.run(environment, args);
        runs.add(run);
        return run;
    }

    private CliRun run(String... args) {
        return run(pg.environment(), args);
    }

    @Test
    void init_creates_the_central_tables_on_the_server_and_a_second_run_changes_nothing() {
        CliRun first = run("init", "--data-dir", data.toString(), "--central", pg.url(), "--verbose");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Server: postgresql://localhost:" + TestPostgres.port() + "/" + pg.name())
                .contains("Status: OK (created at schema version " + PG_VERSION + ")")
                .contains("    - aggregated_trades").contains("    - sync_status")
                .contains("ALL DATABASES INITIALIZED SUCCESSFULLY");
        CliRun second = run("init", "--data-dir", data.toString(), "--central", pg.url());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Status: OK (up to date at schema version " + PG_VERSION + ")")
                .contains("All databases were already up to date");
    }

    @Test
    void the_url_may_come_from_ZEPIX_CENTRAL_URL_and_verify_passes_then_names_drift_made_by_hand() throws SQLException {
        Map<String, String> env = new HashMap<>(pg.environment());
        env.put("ZEPIX_CENTRAL_URL", pg.url());
        assertThat(run(env, "init", "--data-dir", data.toString()).exitCode()).isZero();
        CliRun verify = run(env, "verify", "--data-dir", data.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("postgresql://localhost:" + TestPostgres.port() + "/" + pg.name()
                + ": OK (schema version " + PG_VERSION + ")").contains("VERIFY PASSED: all 3 databases are healthy");

        try (Connection c = pg.connect(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE aggregated_trades ADD COLUMN added_by_hand text");
            st.execute("DROP INDEX idx_agg_trades_time");
            st.execute("DELETE FROM system_config WHERE key = 'v6_enabled'");
        }
        CliRun drifted = run(env, "verify", "--data-dir", data.toString());
        assertThat(drifted.exitCode()).isEqualTo(1);
        String where = "postgresql://localhost:" + TestPostgres.port() + "/" + pg.name() + ": ";
        assertThat(drifted.out()).contains(where + "table aggregated_trades has columns")
                .contains("added_by_hand text")
                .contains(where + "index idx_agg_trades_time is missing")
                .contains(where + "default row system_config(key='v6_enabled') is missing")
                .contains("VERIFY FAILED: 3 problem(s) in 1 of 3 databases");
    }

    @Test
    void verify_of_a_database_init_never_touched_says_so() {
        CliRun verify = run("verify", "--data-dir", data.toString(), "--central", pg.url());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(pg.name() + ": has no flyway_schema_history table");
    }

    @Test
    void sync_writes_this_hosts_trades_to_the_server_under_its_instance_id() throws SQLException {
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.m5(500L, 501L, ENTRY, TradeStatus.OPEN, null);
            t.h1(700L, ENTRY, true, -4.0);
        }
        assertThat(run("init", "--data-dir", data.toString(), "--central", pg.url()).exitCode()).isZero();
        CliRun sync = run("sync", "--data-dir", data.toString(), "--central", pg.url(), "--instance", "host-a");
        assertThat(sync.exitCode()).as(sync.toString()).isZero();
        assertThat(sync.out()).contains("into postgresql://localhost:" + TestPostgres.port() + "/" + pg.name()
                + " as instance host-a:").contains("combined_v3        1 new").contains("price_action_5m    1 new");
        assertThat(rows("SELECT instance_id || '/' || plugin_id || '/' || mt5_ticket || '/' || entry_time"
                + " FROM aggregated_trades ORDER BY plugin_id"))
                .containsExactly("host-a/combined_v3/100/2026-11-20 09:30:00", "host-a/price_action_1h/700/2026-11-20 09:30:00",
                        "host-a/price_action_5m/500/2026-11-20 09:30:00");
        assertThat(rows("SELECT instance_id || '/' || plugin_id || '/' || last_sync_success FROM sync_status"
                + " ORDER BY plugin_id")).hasSize(5).allMatch(r -> r.startsWith("host-a/") && r.endsWith("/true"));
        assertThat(rows("SELECT key FROM system_config WHERE key LIKE 'sync.cursor.%' ORDER BY key"))
                .contains("sync.cursor.host-a.combined_v3");
    }

    @Test
    void status_shows_the_server_and_the_instances_own_sync() {
        Path other = OpsFixtures.initialisedDataDir(root.resolve("other"));
        try (DatabaseService a = DatabaseService.open(data); DatabaseService b = DatabaseService.open(other)) {
            new PluginTrades(a).v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            PluginTrades tb = new PluginTrades(b);
            tb.v3(100L, 101L, ENTRY, TradeStatus.OPEN, null, LogicRoute.LOGIC1);
            tb.v3(200L, 201L, ENTRY, TradeStatus.OPEN, null, LogicRoute.LOGIC1);
        }
        assertThat(run("init", "--data-dir", data.toString(), "--central", pg.url()).exitCode()).isZero();
        assertThat(run("sync", "--data-dir", data.toString(), "--central", pg.url(), "--instance", "host-a").exitCode()).isZero();
        assertThat(run("sync", "--data-dir", other.toString(), "--central", pg.url(), "--instance", "host-b").exitCode()).isZero();

        CliRun a = run("status", "--data-dir", data.toString(), "--central", pg.url(), "--instance", "host-a");
        CliRun b = run("status", "--data-dir", other.toString(), "--central", pg.url(), "--instance", "host-b");
        assertThat(a.exitCode()).as(a.toString()).isEqualTo(1); // the V3 and V6 files have no backup yet
        assertThat(a.out()).containsPattern("central\\s+\\S+ \\S+\\s+-\\s+" + PG_VERSION + " \\(" + PG_VERSION + "\\)\\s+none")
                .containsPattern("combined_v3\\s+yes\\s+ACTIVE\\s+\\S+ \\S+\\s+ok\\s+1\\s+0 ")
                .doesNotContain(pg.name() + " has no backup");
        assertThat(b.out()).containsPattern("combined_v3\\s+yes\\s+ACTIVE\\s+\\S+ \\S+\\s+ok\\s+2\\s+2 ");
        // each instance's history to date, from the server's daily rollup
        String day = ENTRY.toLocalDate().toString();
        assertThat(a.out()).contains("combined_v3               1         1         25.00  100.0  " + day + "  " + day + "\n");
        assertThat(b.out()).contains("combined_v3               2         0          0.00      -  " + day + "  " + day + "\n");
    }

    @Test
    void status_names_a_server_database_init_never_touched_and_one_behind_this_jar() throws SQLException {
        String where = "postgresql://localhost:" + TestPostgres.port() + "/" + pg.name();
        CliRun untouched = run("status", "--data-dir", data.toString(), "--central", pg.url());
        assertThat(untouched.exitCode()).as(untouched.toString()).isEqualTo(1);
        assertThat(untouched.out()).contains(where + " has no schema history: it was not made by zepix-db init --central");

        Flyway.configure().dataSource(pg.url(), TestPostgres.ROLE, TestPostgres.password())
                .locations("classpath:schema/central-postgresql").target("1").load().migrate();
        CliRun behind = run("status", "--data-dir", data.toString(), "--central", pg.url());
        assertThat(behind.exitCode()).as(behind.toString()).isEqualTo(1);
        assertThat(behind.out()).contains(where + " is at schema version 1, behind this jar's " + PG_VERSION)
                .contains("fix: zepix-db init --data-dir " + data + " --central");

        assertThat(run("init", "--data-dir", data.toString(), "--central", pg.url()).exitCode()).isZero();
        assertThat(run("status", "--data-dir", data.toString(), "--central", pg.url()).out())
                .doesNotContain(where + " is at schema version").doesNotContain(where + " has no schema history");
    }

    @Test
    void a_url_carrying_a_credential_is_refused_without_echoing_it() {
        String secret = "s3cret-in-url";
        CliRun inQuery = run("init", "--data-dir", data.toString(), "--central", pg.url() + "?password=" + secret);
        CliRun inUserInfo = run("verify", "--data-dir", data.toString(), "--central",
                "jdbc:postgresql://zepix:" + secret + "@localhost:" + TestPostgres.port() + "/" + pg.name());
        for (CliRun refused : List.of(inQuery, inUserInfo)) {
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("must not carry").contains("PGPASSWORD").doesNotContain(secret);
            assertThat(refused.out()).doesNotContain(secret);
        }
    }

    @Test
    void a_wrong_password_fails_with_one_line_that_does_not_contain_it() {
        Map<String, String> env = Map.of("PGUSER", TestPostgres.ROLE, "PGPASSWORD", "wrong-password-xyz");
        CliRun init = run(env, "init", "--data-dir", data.toString(), "--central", pg.url(), "--verbose");
        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.out()).contains("password authentication failed");
        assertThat(init.out() + init.err()).doesNotContain("wrong-password-xyz");
    }

    @Test
    void backup_and_restore_of_a_postgres_central_refuse_pointing_at_pg_dump_and_pg_restore() {
        CliRun backup = run("backup", "--data-dir", data.toString(), "--central", pg.url());
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err().strip().lines()).hasSize(1);
        String server = "the central database is on PostgreSQL (postgresql://localhost:" + TestPostgres.port() + "/" + pg.name() + "): ";
        assertThat(backup.err()).contains("backup: " + server + "back it up with pg_dump (see the README, Central on"
                + " PostgreSQL); to back up the V3 and V6 files, run backup without --central and ZEPIX_CENTRAL_URL");
        CliRun restore = run("restore", data.resolve("zepix_bot.db").toString(), "--data-dir", data.toString(),
                "--central", pg.url());
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err().strip().lines()).hasSize(1);
        assertThat(restore.err()).contains("restore: " + server + "restore it with pg_restore (see the README, Central on"
                + " PostgreSQL); to restore the V3 and V6 files, run restore without --central and ZEPIX_CENTRAL_URL");
    }

    @Test
    void bench_with_central_adds_case_8_on_the_server_and_leaves_no_rows_behind() throws Exception {
        CliRun bench = run("bench", "--quick", "--case", "4,5,8", "--central", pg.url(), "--work-dir",
                root.resolve("bench").toString());
        assertThat(bench.exitCode()).as(bench.toString()).isZero();
        assertThat(bench.out()).contains("postgres.sync.first_ms", "postgres.sync.first_ratio_vs_sqlite",
                "postgres.dashboard.p99_ms.90d", "postgres.dashboard.p99_ratio_vs_sqlite.90d");
        CliRun json = run("bench", "--quick", "--case", "8", "--central", pg.url(), "--work-dir",
                root.resolve("bench-json").toString(), "--json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.out()).contains("\"8 central on PostgreSQL\"")
                .containsPattern("\"id\"\\s*:\\s*\"postgres\\.sync\\.first_ms\"")
                .containsPattern("\"id\"\\s*:\\s*\"postgres\\.dashboard\\.p99_ms\\.90d\"");
        assertThat(rows("SELECT count(*) FROM aggregated_trades")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM aggregated_daily_totals")).containsExactly("0");
        assertThat(rows("SELECT count(*) FROM system_config WHERE key LIKE 'sync.cursor.%'")).containsExactly("0");
    }

    @Test
    void bench_case_8_without_central_is_a_usage_error() {
        CliRun run = CliRun.run("bench", "--quick", "--case", "8");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--case 8 needs --central");
    }

    @Test
    void instance_without_a_postgres_central_is_a_usage_error() {
        CliRun run = CliRun.run("sync", "--data-dir", data.toString(), "--instance", "host-a");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--instance needs a PostgreSQL central");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
