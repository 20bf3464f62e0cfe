package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one write the rollup's triggers cannot see, an {@code INSERT OR REPLACE} of a trade by another
 * writer (SQLite fires no DELETE trigger for the row it replaces), is named by verify and repaired
 * by init, which rebuilds {@code aggregated_daily_totals} from the trades.
 */
class DailyTotalsRebuildTest {

    private static final String TRADE = "INSERT OR REPLACE INTO aggregated_trades (plugin_id, plugin_type, mt5_ticket,"
            + " symbol, direction, lot_size, entry_time, exit_time, profit_dollars, status) VALUES ";

    @TempDir
    Path root;

    private static List<String> rollup(Path central) {
        return OpsFixtures.strings(central, "SELECT plugin_id || ' ' || day || ' ' || trades || ' ' || closed_trades"
                + " || ' ' || winning_trades || ' ' || printf('%.2f', profit_dollars) FROM aggregated_daily_totals"
                + " ORDER BY plugin_id, day");
    }

    @Test
    void verify_names_the_day_a_replace_counted_twice_and_init_rebuilds_it_from_the_trades() throws Exception {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        OpsFixtures.execute(central,
                TRADE + "('combined_v3', 'V3_COMBINED', 1001, 'EURUSD', 'BUY', 0.1, '2026-11-20 09:00:00', NULL, NULL, 'OPEN')",
                TRADE + "('combined_v3', 'V3_COMBINED', 1002, 'EURUSD', 'SELL', 0.1, '2026-11-20 10:00:00',"
                        + " '2026-11-20 11:00:00', -4.0, 'CLOSED')");
        assertThat(rollup(central)).containsExactly("combined_v3 2026-11-20 2 1 0 -4.00");
        assertThat(CliRun.run("verify", "--data-dir", data.toString()).exitCode()).isZero();

        // The bot closes trade 1001 by replacing its row: the old, open row is deleted unseen.
        OpsFixtures.execute(central, TRADE + "('combined_v3', 'V3_COMBINED', 1001, 'EURUSD', 'BUY', 0.1,"
                + " '2026-11-20 09:00:00', '2026-11-20 12:00:00', 7.5, 'CLOSED')");
        assertThat(rollup(central)).as("the replaced row is still counted").containsExactly("combined_v3 2026-11-20 3 2 1 3.50");

        CliRun verify = CliRun.run("verify", "--data-dir", data.toString());
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(central + ": aggregated_daily_totals differs from a recount of"
                + " aggregated_trades on 1 day(s), first local combined_v3 2026-11-20: stored 3 trades, 2 closed,"
                + " 1 winning, $3.50, recounted 2 trades, 2 closed, 1 winning, $3.50")
                .contains("run init to rebuild it from aggregated_trades");

        CliRun init = CliRun.run("init", "--data-dir", data.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("Rebuilt aggregated_daily_totals from aggregated_trades: 1 plugin-day(s) differed"
                + " from a recount").doesNotContain("nothing was changed");
        assertThat(rollup(central)).containsExactly("combined_v3 2026-11-20 2 2 1 3.50");
        assertThat(CliRun.run("verify", "--data-dir", data.toString()).exitCode()).isZero();

        CliRun again = CliRun.run("init", "--json", "--data-dir", data.toString());
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("changed_nothing").asBoolean()).isTrue();
        for (JsonNode db : json.get("databases")) {
            assertThat(db.get("rollup_days_rebuilt").asInt()).as(db.get("database").asText()).isZero();
        }
    }
}
