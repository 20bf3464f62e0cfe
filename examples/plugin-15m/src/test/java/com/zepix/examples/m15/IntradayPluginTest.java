package com.zepix.examples.m15;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.IsolationViolationException;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.init.InitReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plugin against real databases, made in a temporary folder by the library's init. */
class IntradayPluginTest {

    @TempDir
    Path data;

    @Test
    void trades_open_and_close_through_the_store_and_the_plugins_own_query_counts_them() {
        InitReport init = new InitOperation(data).run();
        assertThat(init.databases()).hasSize(3).allMatch(r -> r.succeeded());

        try (DatabaseService db = DatabaseService.open(data)) {
            IntradayPlugin plugin = new IntradayPlugin(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M));

            var opened = plugin.enter(5_000_001L, "EURUSD", Direction.BUY, 0.10, 1.0850);
            assertThat(opened.status()).isEqualTo(OrderStatus.OPEN);
            var closed = plugin.exit(5_000_001L, 1.0900, 50.0, "TP");
            assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(closed.profitDollars()).isEqualTo(50.0);

            plugin.enter(5_000_002L, "EURUSD", Direction.SELL, 0.10, 1.0900);
            plugin.exit(5_000_002L, 1.0950, -25.0, "SL");
            plugin.enter(5_000_003L, "GBPUSD", Direction.BUY, 0.20, 1.2700);
            plugin.exit(5_000_003L, 1.2750, 100.0, "TP");
            plugin.enter(5_000_004L, "GBPUSD", Direction.BUY, 0.20, 1.2710); // still open: not counted

            assertThat(plugin.winRateBySymbol()).containsExactly(
                    new WinRate("EURUSD", 2, 1, 50.0),
                    new WinRate("GBPUSD", 1, 1, 100.0));
        }
    }

    @Test
    void the_handle_reaches_only_the_plugins_own_tables() {
        new InitOperation(data).run();
        try (DatabaseService db = DatabaseService.open(data)) {
            PluginDatabase m15 = db.plugin(DatabaseKey.V6_PRICE_ACTION_15M);
            assertThatThrownBy(() -> m15.read(ctx -> ctx.fetchCount(PRICE_ACTION_1M_TRADES)))
                    .isInstanceOf(IsolationViolationException.class)
                    .hasMessageContaining("price_action_1m_trades");
        }
    }
}
