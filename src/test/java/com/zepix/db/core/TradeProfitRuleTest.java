package com.zepix.db.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one profit rule of a dual-order trade: its total when recorded, else what its orders have booked. */
class TradeProfitRuleTest {

    @TempDir
    Path dir;

    @Test
    void a_recorded_total_wins_else_the_orders_booked_profits_add_up() {
        assertThat(TradeSummary.totalProfit(5.0, 7.5, 1.0)).isEqualTo(5.0);
        assertThat(TradeSummary.totalProfit(null, 7.5, null)).isEqualTo(7.5);
        assertThat(TradeSummary.totalProfit(null, 7.5, -2.5)).isEqualTo(5.0);
        assertThat(TradeSummary.totalProfit(null, null, null)).isNull();
    }

    @Test
    void a_partial_v3_trade_without_a_total_reads_as_its_booked_order_profit() {
        Path data = OpsFixtures.initialisedDataDir(dir.resolve("data"));
        OpsFixtures.execute(DatabaseFile.V3.in(data), "INSERT INTO combined_v3_trades (order_a_ticket, symbol, direction,"
                + " entry_price, entry_time, status, order_a_status, signal_type, logic_route, order_a_profit_dollars)"
                + " VALUES (11, 'EURUSD', 'BUY', 1.08, '2026-11-29T09:00:00', 'PARTIAL', 'CLOSED', 'x', 'LOGIC1', 12.5)");
        try (DatabaseService db = DatabaseService.open(data)) {
            List<TradeSummary> read = PluginTradeSources.all().get(0).enteredBetween(db.plugin(DatabaseKey.V3_COMBINED),
                    LocalDateTime.of(2026, 11, 29, 0, 0), LocalDateTime.of(2026, 11, 30, 0, 0));
            assertThat(read).singleElement().satisfies(t -> {
                assertThat(t.status()).isEqualTo(TradeStatus.PARTIAL);
                assertThat(t.profitDollars()).isEqualTo(12.5);
            });
        }
    }
}
