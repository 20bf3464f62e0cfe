package com.zepix.db.v6.m1;

import static com.zepix.db.v6.jooq.tables.PriceAction_1mTrades.PRICE_ACTION_1M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.ConstraintViolationException;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_1mTrades;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScalpingTradeStoreTest extends StoreTestBase {

    private ScalpingTradeStore store;

    @BeforeEach
    void createStore() {
        store = new ScalpingTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M));
    }

    private static ScalpingTradeOpen trade(long ticket) {
        return new ScalpingTradeOpen(ticket, new TradeEntry("XAUUSD", Direction.SELL, 0.02, 2650.5, 2655.0, 2645.0),
                31.5, 80, 1.2, 45);
    }

    private int rows() {
        return rows(DatabaseKey.V6_PRICE_ACTION_1M, PRICE_ACTION_1M_TRADES);
    }

    @Test
    void open_stores_every_value_and_defaults_status_and_entry_time() {
        LocalDateTime before = UtcTimestamps.now().truncatedTo(ChronoUnit.SECONDS);

        PriceAction_1mTrades opened = store.open(trade(7001));

        assertThat(opened.id()).isPositive();
        assertThat(opened.orderBTicket()).isEqualTo(7001L);
        assertThat(opened.symbol()).isEqualTo("XAUUSD");
        assertThat(opened.direction()).isEqualTo(Direction.SELL);
        assertThat(opened.lotSize()).isEqualTo(0.02);
        assertThat(opened.entryPrice()).isEqualTo(2650.5);
        assertThat(opened.slPrice()).isEqualTo(2655.0);
        assertThat(opened.tpPrice()).isEqualTo(2645.0);
        assertThat(opened.adx()).isEqualTo(31.5);
        assertThat(opened.confidenceScore()).isEqualTo(80);
        assertThat(opened.spreadPips()).isEqualTo(1.2);
        assertThat(opened.executionSpeedMs()).isEqualTo(45);
        assertThat(opened.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(opened.entryTime()).isBetween(before, UtcTimestamps.now());
        assertThat(opened.exitTime()).isNull();
        assertThat(store.findByTicket(7001)).contains(opened);
    }

    @Test
    void close_records_exit_and_marks_the_trade_closed() {
        store.open(trade(7001));
        LocalDateTime before = UtcTimestamps.now();

        PriceAction_1mTrades closed = store.close(7001, new TradeClose(2640.0, 21.0, "TP1"));

        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.exitPrice()).isEqualTo(2640.0);
        assertThat(closed.profitDollars()).isEqualTo(21.0);
        assertThat(closed.closeReason()).isEqualTo("TP1");
        assertThat(closed.exitTime()).isBetween(before, UtcTimestamps.now());
        assertThat(store.findByTicket(7001)).contains(closed);
    }

    @Test
    void find_open_lists_only_open_trades_oldest_first() {
        store.open(trade(7001));
        store.open(trade(7002));
        store.open(trade(7003));
        store.close(7002, new TradeClose(2640.0, -3.5, "SL"));

        assertThat(store.findOpen()).extracting(PriceAction_1mTrades::orderBTicket).containsExactly(7001L, 7003L);
    }

    @Test
    void find_by_unknown_ticket_is_empty() {
        assertThat(store.findByTicket(404)).isEmpty();
    }

    @Test
    void impossible_values_are_refused_naming_field_and_value_and_nothing_is_written() {
        TradeEntry entry = new TradeEntry("XAUUSD", Direction.SELL, 0.02, 2650.5, null, null);

        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(7001, entry, -1.0, 80, 1.2, 45)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("adx must be >= 0, was -1.0");
        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(7001, entry, 20.0, 120, 1.2, 45)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence_score must be between 0 and 100, was 120");
        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(7001, entry, 20.0, 80, -0.5, 45)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("spread_pips must be >= 0, was -0.5");
        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(7001, entry, 20.0, 80, 1.2, -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("execution_speed_ms must be >= 0, was -1");
        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(0, entry, 20.0, 80, 1.2, 45)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order_b_ticket must be > 0, was 0");
        assertThatThrownBy(() -> store.open(new ScalpingTradeOpen(7001,
                new TradeEntry("XAUUSD", Direction.SELL, -0.1, 2650.5, null, null), 20.0, 80, 1.2, 45)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lot_size must be > 0, was -0.1");
        assertThatThrownBy(() -> store.open(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trade must be given, was null");
        assertThat(rows()).isZero();
    }

    @Test
    void closing_an_unknown_ticket_is_refused() {
        store.open(trade(7001));

        assertThatThrownBy(() -> store.close(999, new TradeClose(2640.0, 21.0, "TP1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order_b_ticket must name a trade in price_action_1m_trades, was 999");
        assertThat(store.findByTicket(7001).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void closing_a_closed_trade_is_refused_and_keeps_the_first_close() {
        store.open(trade(7001));
        PriceAction_1mTrades first = store.close(7001, new TradeClose(2640.0, 21.0, "TP1"));

        assertThatThrownBy(() -> store.close(7001, new TradeClose(2630.0, 41.0, "Manual")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status of order_b_ticket 7001 must be OPEN to close it, was CLOSED");
        assertThat(store.findByTicket(7001)).contains(first);
    }

    @Test
    void a_duplicate_ticket_reaches_sqlite_and_is_a_constraint_violation_naming_the_table() {
        store.open(trade(7001));

        assertThatThrownBy(() -> store.open(trade(7001)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.table()).isEqualTo("price_action_1m_trades");
                    assertThat(e.constraint()).contains("price_action_1m_trades.order_b_ticket");
                });
        assertThat(rows()).isEqualTo(1);
    }
}
