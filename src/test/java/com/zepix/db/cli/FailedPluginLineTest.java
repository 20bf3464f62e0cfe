package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that fails for something other than a bad row (its table dropped, a column renamed, its
 * file missing) is reported by sync and stats alike as {@code <file>: <problem>}: on the console, in
 * sync_status and in system_events, without the SQL text jOOQ puts in its message. The log keeps that
 * text, with the stack trace.
 */
class FailedPluginLineTest {

    private static final String DAY = "2026-11-29";

    @TempDir
    Path root;

    private Path data;
    private Path v3;
    private Path v6;
    private Path central;

    @BeforeEach
    void oneTradePerPluginThenThe1mTableDroppedAndA15mColumnRenamed() {
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        v3 = DatabaseFile.V3.in(data);
        v6 = DatabaseFile.V6.in(data);
        central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.oneTradeInV3And1m15m1h(data, DAY);
        OpsFixtures.execute(v6, "DROP TABLE price_action_1m_trades",
                "ALTER TABLE price_action_15m_trades RENAME COLUMN profit_dollars TO pnl");
    }

    private String noTable() {
        return v6 + ": no such table: price_action_1m_trades (SQLITE_ERROR)";
    }

    private String noColumn() {
        return v6 + ": no such column: price_action_15m_trades.profit_dollars (SQLITE_ERROR)";
    }

    @Test
    void sync_names_the_file_and_the_problem_and_logs_the_sql() throws Exception {
        Path log = root.resolve("sync.log");

        CliRun run = CliRun.run("sync", "--data-dir", data.toString(), "--log-file", log.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.toString())
                .contains("  price_action_1m    FAILED: " + noTable(), "  price_action_15m   FAILED: " + noColumn())
                .anyMatch(l -> l.startsWith("  combined_v3        1 new"))
                .anyMatch(l -> l.startsWith("  price_action_1h    1 new"));
        assertThat(run.out() + run.err()).doesNotContain("SQL [", "select ");
        assertThat(OpsFixtures.strings(central, "SELECT plugin_id || ' ' || error_message FROM sync_status"
                + " WHERE last_sync_success = 0 ORDER BY plugin_id"))
                .containsExactly("price_action_15m " + noColumn(), "price_action_1m " + noTable());
        assertThat(OpsFixtures.strings(central, "SELECT event_type || ' ' || plugin_id || ' ' || description"
                + " FROM system_events WHERE severity = 'ERROR' ORDER BY id"))
                .containsExactly("SYNC_FAILED price_action_1m " + noTable(), "SYNC_FAILED price_action_15m " + noColumn());
        String logged = Files.readString(log);
        assertThat(logged)
                .contains("ERROR TradeSync: sync price_action_1m failed: " + noTable())
                .contains("SQL [select price_action_1m_trades.id")
                .contains("Caused by: org.sqlite.SQLiteException: [SQLITE_ERROR] SQL error or missing database"
                        + " (no such table: price_action_1m_trades)");
    }

    @Test
    void stats_names_the_file_and_the_problem_as_sync_does() throws Exception {
        Path log = root.resolve("stats.log");

        CliRun run = CliRun.run("stats", "--data-dir", data.toString(), "--date", DAY, "--log-file", log.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String consequence = " (the V6 rows of these days are written without this plugin's trades)";
        assertThat(run.err().lines()).as(run.toString()).containsExactly(
                "zepix-db stats: price_action_1m failed: " + noTable() + consequence,
                "zepix-db stats: price_action_15m failed: " + noColumn() + consequence);
        assertThat(run.out() + run.err()).doesNotContain("SQL [", "select ");
        assertThat(OpsFixtures.queryLong(v6, "SELECT plugin_1h_trades FROM v6_daily_stats WHERE date = '" + DAY + "'"))
                .isEqualTo(1);
        assertThat(OpsFixtures.strings(central, "SELECT event_type || ' ' || plugin_id || ' ' || description"
                + " FROM system_events WHERE severity = 'ERROR' ORDER BY id"))
                .containsExactly("STATS_FAILED price_action_1m " + noTable() + consequence,
                        "STATS_FAILED price_action_15m " + noColumn() + consequence);
        assertThat(Files.readString(log))
                .contains("ERROR DailyStatsOperation: stats price_action_1m failed: " + noTable())
                .contains("SQL [select price_action_1m_trades.id");
    }

    @Test
    void stats_with_the_v3_file_missing_still_recomputes_the_v6_plugins_it_can_read() {
        OpsFixtures.execute(v6, "ALTER TABLE price_action_15m_trades RENAME COLUMN pnl TO profit_dollars");
        assertThat(v3.toFile().delete()).isTrue();

        CliRun run = CliRun.run("stats", "--data-dir", data.toString(), "--date", DAY);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err().lines()).as(run.toString()).containsExactly(
                "zepix-db stats: combined_v3 failed: " + v3 + " does not exist",
                "zepix-db stats: price_action_1m failed: " + noTable()
                        + " (the V6 rows of these days are written without this plugin's trades)");
        assertThat(OpsFixtures.queryLong(v6, "SELECT plugin_15m_trades + plugin_1h_trades FROM v6_daily_stats"
                + " WHERE date = '" + DAY + "'")).isEqualTo(2);
        assertThat(OpsFixtures.strings(central, "SELECT plugin_id || ' ' || description FROM system_events"
                + " WHERE event_type = 'STATS_FAILED' ORDER BY id"))
                .contains("combined_v3 " + v3 + " does not exist");
        assertThat(v3).doesNotExist();
    }
}
