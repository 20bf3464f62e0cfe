package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardQueriesTest {

    @TempDir
    Path dir;

    @Test
    void totals_per_plugin_and_day_count_profit_and_win_rate_within_the_range() {
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            LocalDateTime d1 = LocalDateTime.of(2026, 11, 1, 10, 0);
            add(db, "combined_v3", 1, d1, TradeStatus.CLOSED, 50.0);
            add(db, "combined_v3", 2, d1.plusHours(1), TradeStatus.CLOSED, -20.0);
            add(db, "combined_v3", 3, d1.plusHours(2), TradeStatus.PARTIAL, 5.0);
            add(db, "combined_v3", 4, d1.plusDays(1), TradeStatus.OPEN, null);
            add(db, "price_action_1m", 5, d1, TradeStatus.CLOSED, 1.5);
            add(db, "price_action_1m", 6, d1.plusDays(5), TradeStatus.CLOSED, 9.0); // outside the range

            List<PluginDayTotals> totals = new DashboardQueries(db.plugin(DatabaseKey.CENTRAL_SYSTEM))
                    .totalsPerPluginPerDay(new DayRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)));
            assertThat(totals).containsExactly(
                    new PluginDayTotals("combined_v3", LocalDate.of(2026, 11, 1), 3, 2, 35.0, 50.0),
                    new PluginDayTotals("combined_v3", LocalDate.of(2026, 11, 2), 1, 0, 0.0, 0.0),
                    new PluginDayTotals("price_action_1m", LocalDate.of(2026, 11, 1), 1, 1, 1.5, 100.0));
        }
    }

    @Test
    void a_backwards_range_is_refused_by_name() {
        assertThatThrownBy(() -> new DayRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void a_damaged_sync_cursor_says_what_to_do() {
        assertThatThrownBy(() -> SyncCursor.decode("after=x;open="))
                .hasMessageContaining("damaged").hasMessageContaining("delete the row");
        assertThat(SyncCursor.decode(new SyncCursor(42, java.util.Set.of(7L, 3L)).encode()))
                .isEqualTo(new SyncCursor(42, java.util.Set.of(3L, 7L)));
    }

    private static void add(DatabaseService db, String plugin, long ticket, LocalDateTime entry, TradeStatus status,
            Double profit) {
        db.plugin(DatabaseKey.CENTRAL_SYSTEM).write(ctx -> ctx.insertInto(AGGREGATED_TRADES)
                .set(AGGREGATED_TRADES.PLUGIN_ID, plugin).set(AGGREGATED_TRADES.MT5_TICKET, ticket)
                .set(AGGREGATED_TRADES.SYMBOL, "EURUSD").set(AGGREGATED_TRADES.ENTRY_TIME, entry)
                .set(AGGREGATED_TRADES.STATUS, status).set(AGGREGATED_TRADES.PROFIT_DOLLARS, profit).execute());
    }
}
