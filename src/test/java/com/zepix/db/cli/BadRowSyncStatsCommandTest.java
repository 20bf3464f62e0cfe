package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.ForcedRows;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row another writer forced past the constraints fails the plugin that owns it, in sync and in
 * stats, with a message naming the file, table, row id, column and raw value; the other plugins go
 * on, and the failure is in sync_status and system_events. Nothing is skipped silently.
 */
class BadRowSyncStatsCommandTest {

    private static final String DAY = "2026-11-29";

    @TempDir
    Path root;

    private Path data;
    private Path v3;
    private Path v6;
    private Path central;

    @BeforeEach
    void oneGoodTradePerPluginAndBadRowsIn5mAnd1h() {
        data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        v3 = DatabaseFile.V3.in(data);
        v6 = DatabaseFile.V6.in(data);
        central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.oneTradeInV3And1m15m1h(data, DAY);
        OpsFixtures.execute(v6, "INSERT INTO price_action_5m_trades (order_a_ticket, symbol, direction, entry_price, entry_time)"
                + " VALUES (3, 'EURUSD', 'BUY', 1.09, '" + DAY + " 11:00:00')");
        ForcedRows.withoutChecks(v6, "INSERT INTO price_action_5m_trades (order_a_ticket, symbol, direction, entry_price,"
                + " entry_time) VALUES (4, 'EURUSD', 'BUY', 1.09, '" + DAY + " 25:61:00')");
        ForcedRows.withoutNotNull(v6, "price_action_1h_trades", "symbol         TEXT      NOT NULL",
                "INSERT INTO price_action_1h_trades (order_a_ticket, symbol, direction, lot_size, entry_price, entry_time)"
                        + " VALUES (5, NULL, 'SELL', 0.1, 190, '" + DAY + " 12:00:00')");
    }

    private String badEntryTime() {
        return v6 + ": price_action_5m_trades row 2: entry_time '" + DAY + " 25:61:00' cannot be read: timestamp '"
                + DAY + " 25:61:00' is not date-time text";
    }

    private String nullSymbol() {
        return v6 + ": price_action_1h_trades row 2: symbol NULL breaks its NOT NULL constraint";
    }

    @Test
    void sync_fails_the_plugins_with_bad_rows_alone_and_records_why() throws SQLException {
        CliRun run = CliRun.run("sync", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).as(run.toString())
                .contains("combined_v3        1 new", "price_action_1m    1 new", "price_action_15m   1 new")
                .contains("price_action_5m    FAILED: " + badEntryTime())
                .contains("price_action_1h    FAILED: " + nullSymbol());
        assertThat(query("SELECT plugin_id || ' ' || count(*) FROM aggregated_trades GROUP BY plugin_id ORDER BY plugin_id"))
                .containsExactly("combined_v3 1", "price_action_15m 1", "price_action_1m 1");
        assertThat(query("SELECT last_sync_success || ' ' || error_message FROM sync_status WHERE plugin_id = 'price_action_5m'"))
                .singleElement().asString().startsWith("0 " + badEntryTime());
        assertThat(query("SELECT severity || ' ' || event_type || ' ' || description FROM system_events"
                + " WHERE plugin_id = 'price_action_1h'")).containsExactly("ERROR SYNC_FAILED " + nullSymbol());
    }

    @Test
    void stats_fail_the_plugins_with_bad_rows_alone_and_record_why() throws SQLException {
        CliRun run = CliRun.run("stats", "--data-dir", data.toString(), "--date", DAY);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString())
                .contains("zepix-db stats: price_action_5m failed: " + badEntryTime())
                .contains("zepix-db stats: price_action_1h failed: " + nullSymbol())
                .doesNotContain("combined_v3 failed", "price_action_1m failed", "price_action_15m failed");
        assertThat(OpsFixtures.queryLong(v3, "SELECT total_dual_entries FROM v3_daily_stats WHERE date = '" + DAY + "'"))
                .isEqualTo(1);
        assertThat(OpsFixtures.queryLong(v6, "SELECT plugin_1m_trades + plugin_15m_trades FROM v6_daily_stats"
                + " WHERE date = '" + DAY + "'")).isEqualTo(2);
        assertThat(query("SELECT event_type || ' ' || plugin_id FROM system_events WHERE severity = 'ERROR' ORDER BY id"))
                .containsExactly("STATS_FAILED price_action_5m", "STATS_FAILED price_action_1h");
        assertThat(query("SELECT error_message FROM sync_status WHERE plugin_id = 'price_action_5m'"))
                .singleElement().asString().contains(badEntryTime(), "written without this plugin's trades");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = OpsFixtures.writer(central); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
