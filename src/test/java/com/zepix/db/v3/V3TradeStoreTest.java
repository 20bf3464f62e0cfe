package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_PROFIT_BOOKINGS;
import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.ConstraintViolationException;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.OrderType;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class V3TradeStoreTest {

    @TempDir
    Path dir;

    private DatabaseService db;
    private V3TradeStore trades;
    private V3SignalLog signals;

    @BeforeEach
    void open() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
        trades = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED));
        signals = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
    }

    @AfterEach
    void close() {
        db.close();
    }

    public static NewDualTrade trade(long parent, long a, long b) {
        return new NewDualTrade(parent, "EURUSD", Direction.BUY, 1.0850, "Institutional_Launchpad", "15", 7, 0.8,
                new MtfTrends(1, 1, 0, -1), LogicRoute.LOGIC1,
                new DualOrder(a, 0.10, 1.0800, 1.0950), new DualOrder(b, 0.10, 1.0800, 1.0900), null);
    }

    public static V3Signal signal(String json) {
        return new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, json);
    }

    private int count(Table<?> table) {
        return db.plugin(DatabaseKey.V3_COMBINED).<Integer>read(ctx -> ctx.fetchCount(table));
    }

    @Test
    void opening_stores_both_orders_the_route_multiplier_and_the_linked_signal() {
        long id = trades.open(trade(5000, 5001, 5002), signal("{\"score\":7}")).id();
        var t = trades.findById(id).orElseThrow();
        assertThat(t.orderATicket()).isEqualTo(5001L);
        assertThat(t.orderBTicket()).isEqualTo(5002L);
        assertThat(t.logicMultiplier()).isEqualTo(1.25);
        assertThat(t.status()).isEqualTo(TradeStatus.OPEN);
        assertThat(t.mtf_1d()).isEqualTo(-1);
        var logged = signals.findRecent(1).get(0);
        assertThat(logged.tradeId()).isEqualTo(id);
        assertThat(logged.tradePlaced()).isTrue();
        assertThat(logged.processed()).isTrue();
    }

    @Test
    void a_dual_open_whose_second_half_is_refused_leaves_no_row_behind() {
        // the trade row goes in first; the signal's payload is not JSON, which SQLite refuses
        assertThatThrownBy(() -> trades.open(trade(6000, 6001, 6002), signal("{not json")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("v3_signals_log");
        assertThat(count(COMBINED_V3_TRADES)).isZero();
        assertThat(count(V3_SIGNALS_LOG)).isZero();
    }

    @Test
    void a_duplicate_ticket_is_refused_as_a_constraint_naming_the_table() {
        trades.open(trade(1, 11, 12));
        assertThatThrownBy(() -> trades.open(trade(2, 21, 12)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.table()).isEqualTo("combined_v3_trades");
                    assertThat(e.constraint()).contains("combined_v3_trades.order_b_ticket");
                });
        assertThat(count(COMBINED_V3_TRADES)).isEqualTo(1);
    }

    @Test
    void closing_order_a_then_b_goes_partial_then_closed_with_profit_summed() {
        long id = trades.open(trade(7000, 7001, 7002)).id();
        var partial = trades.closeOrder(id, OrderType.ORDER_B, new OrderClose(1.0900, 50.0, "TP1"));
        assertThat(partial.status()).isEqualTo(TradeStatus.PARTIAL);
        assertThat(partial.orderBStatus()).isEqualTo(OrderStatus.CLOSED);
        assertThat(partial.exitTime()).isNull();
        var closed = trades.closeOrder(id, OrderType.ORDER_A, new OrderClose(1.0820, -30.0, "SL"));
        assertThat(closed.status()).isEqualTo(TradeStatus.CLOSED);
        assertThat(closed.totalProfitDollars()).isEqualTo(20.0);
        assertThat(closed.exitTime()).isNotNull();
        assertThat(closed.closeReason()).isEqualTo("SL");
        var stored = trades.findById(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(TradeStatus.CLOSED);
        assertThat(stored.orderAProfitDollars()).isEqualTo(-30.0);
        assertThat(trades.findOpen()).isEmpty();
    }

    @Test
    void closing_an_order_twice_or_an_unknown_trade_is_refused_and_changes_nothing() {
        long id = trades.open(trade(8000, 8001, 8002)).id();
        trades.closeOrder(id, OrderType.ORDER_A, new OrderClose(1.09, 10.0, "TP2"));
        var before = trades.findById(id).orElseThrow();
        assertThatThrownBy(() -> trades.closeOrder(id, OrderType.ORDER_A, new OrderClose(1.10, 99.0, "again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORDER_A").hasMessageContaining("already closed");
        assertThatThrownBy(() -> trades.closeOrder(424242, OrderType.ORDER_B, new OrderClose(1.10, 1.0, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("424242");
        assertThat(trades.findById(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    void impossible_values_are_refused_by_name_before_the_database() {
        assertThatThrownBy(() -> new DualOrder(1L, -0.1, null, null))
                .hasMessageContaining("lot_size").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new NewDualTrade(1L, "EURUSD", Direction.BUY, 1.1, "X", "15", 12, null, null,
                LogicRoute.LOGIC2, new DualOrder(1L, 0.1, null, null), new DualOrder(2L, 0.1, null, null), null))
                .hasMessageContaining("consensus_score").hasMessageContaining("12");
        assertThatThrownBy(() -> new MtfTrends(2, 0, 0, 0)).hasMessageContaining("mtf_15m");
        assertThatThrownBy(() -> new NewDualTrade(1L, " ", Direction.BUY, 1.1, "X", null, null, null, null,
                LogicRoute.LOGIC2, new DualOrder(1L, 0.1, null, null), new DualOrder(2L, 0.1, null, null), null))
                .hasMessageContaining("symbol");
        assertThatThrownBy(() -> new ProfitBooking(1, OrderType.ORDER_A, 120, 0.1, null, null))
                .hasMessageContaining("closed_percentage").hasMessageContaining("120");
        assertThat(count(COMBINED_V3_TRADES)).isZero();
    }

    @Test
    void profit_bookings_are_recorded_for_open_trades_only() {
        long id = trades.open(trade(9000, 9001, 9002)).id();
        long booking = trades.bookProfit(new ProfitBooking(id, OrderType.ORDER_B, 50, 0.05, 12.5, "TP1")).id();
        assertThat(booking).isPositive();
        assertThatThrownBy(() -> trades.bookProfit(new ProfitBooking(777, OrderType.ORDER_B, 50, 0.05, 1.0, "TP1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("777");
        trades.closeOrder(id, OrderType.ORDER_A, new OrderClose(1.09, 1.0, "TP2"));
        trades.closeOrder(id, OrderType.ORDER_B, new OrderClose(1.09, 1.0, "TP1"));
        assertThatThrownBy(() -> trades.bookProfit(new ProfitBooking(id, OrderType.ORDER_A, 10, 0.01, 1.0, "x")))
                .hasMessageContaining("already closed");
        assertThat(count(V3_PROFIT_BOOKINGS)).isEqualTo(1);
    }

    @Test
    void finds_by_either_ticket_and_lists_open_and_partial_trades() {
        long first = trades.open(trade(100, 101, 102)).id();
        long second = trades.open(trade(200, 201, 202)).id();
        trades.closeOrder(second, OrderType.ORDER_A, new OrderClose(1.1, 5.0, "TP2"));
        assertThat(trades.findByTicket(102).orElseThrow().id()).isEqualTo(first);
        assertThat(trades.findByTicket(200).orElseThrow().id()).isEqualTo(second);
        assertThat(trades.findByTicket(999)).isEmpty();
        assertThat(trades.findOpen()).extracting(r -> r.id()).containsExactly(first, second);
    }

    @Test
    void signals_are_logged_processed_or_skipped_with_the_reason() {
        long processed = signals.logProcessed(new V3Signal("Trend_Pulse", "GBPUSD", null, "60", null, null));
        long skipped = signals.logSkipped(signal("{}"), "consensus below 5");
        assertThat(signals.findRecent(10)).extracting(r -> r.id()).containsExactly(skipped, processed);
        var s = signals.findRecent(1).get(0);
        assertThat(s.processed()).isFalse();
        assertThat(s.tradePlaced()).isFalse();
        assertThat(s.skipReason()).isEqualTo("consensus below 5");
        assertThatThrownBy(() -> signals.logSkipped(signal("{}"), " ")).hasMessageContaining("skip_reason");
    }
}
