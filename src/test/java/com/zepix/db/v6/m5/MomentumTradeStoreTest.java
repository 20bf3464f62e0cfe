package com.zepix.db.v6.m5;

import static com.zepix.db.v6.jooq.tables.PriceAction_5mTrades.PRICE_ACTION_5M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.ConstraintViolationException;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderType;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_5mTrades;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MomentumTradeStoreTest extends StoreTestBase {

    private MomentumTradeStore store;

    @BeforeEach
    void createStore() {
        store = new MomentumTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_5M));
    }

    private static MomentumTradeOpen trade(long orderATicket, long orderBTicket) {
        return new MomentumTradeOpen("EURUSD", Direction.BUY, 1.0900,
                new MomentumOrder(orderATicket, 0.1, 1.0870, 1.0960),
                new MomentumOrder(orderBTicket, 0.2, 1.0880, 1.0930), 25.0, 70, true);
    }

    private int rows() {
        return rows(DatabaseKey.V6_PRICE_ACTION_5M, PRICE_ACTION_5M_TRADES);
    }

    @Test
    void open_stores_both_orders_in_one_open_row() {
        PriceAction_5mTrades opened = store.open(trade(7101, 7102));

        assertThat(rows()).isEqualTo(1);
        assertThat(opened.status()).isEqualTo(TradeStatus.OPEN);
        assertThat(opened.orderATicket()).isEqualTo(7101L);
        assertThat(opened.orderBTicket()).isEqualTo(7102L);
        assertThat(opened.orderALotSize()).isEqualTo(0.1);
        assertThat(opened.orderBLotSize()).isEqualTo(0.2);
        assertThat(opened.orderASlPrice()).isEqualTo(1.0870);
        assertThat(opened.orderBSlPrice()).isEqualTo(1.0880);
        assertThat(opened.orderATpPrice()).isEqualTo(1.0960);
        assertThat(opened.orderBTpPrice()).isEqualTo(1.0930);
        assertThat(opened.adx()).isEqualTo(25.0);
        assertThat(opened.confidenceScore()).isEqualTo(70);
        assertThat(opened.trend_15mAligned()).isTrue();
        assertThat(opened.entryTime()).isNotNull();
        assertThat(opened.totalProfitDollars()).isNull();
    }

    @Test
    void closing_order_b_then_order_a_goes_partial_then_closed_and_sums_the_profit() {
        store.open(trade(7101, 7102));

        PriceAction_5mTrades partial = store.closeOrder(7102, OrderType.ORDER_B, 12.5, "TP1");

        assertThat(partial.status()).isEqualTo(TradeStatus.PARTIAL);
        assertThat(partial.orderBProfitDollars()).isEqualTo(12.5);
        assertThat(partial.orderAProfitDollars()).isNull();
        assertThat(partial.totalProfitDollars()).isEqualTo(12.5);
        assertThat(partial.exitTime()).isNull();
        assertThat(partial.closeReason()).isEqualTo("TP1");

        LocalDateTime before = UtcTimestamps.now();
        PriceAction_5mTrades closed = store.closeOrder(7101, OrderType.ORDER_A, -4.0, "Trailing");

        assertThat(closed.status()).isEqualTo(TradeStatus.CLOSED);
        assertThat(closed.orderAProfitDollars()).isEqualTo(-4.0);
        assertThat(closed.orderBProfitDollars()).isEqualTo(12.5);
        assertThat(closed.totalProfitDollars()).isEqualTo(8.5);
        assertThat(closed.exitTime()).isBetween(before, UtcTimestamps.now());
        assertThat(closed.closeReason()).isEqualTo("Trailing");
        assertThat(store.findByTicket(7101)).contains(closed);
    }

    @Test
    void closing_order_a_first_works_the_same_way() {
        store.open(trade(7101, 7102));

        assertThat(store.closeOrder(7101, OrderType.ORDER_A, 20.0, "TP2").status()).isEqualTo(TradeStatus.PARTIAL);
        PriceAction_5mTrades closed = store.closeOrder(7102, OrderType.ORDER_B, 10.0, null);

        assertThat(closed.status()).isEqualTo(TradeStatus.CLOSED);
        assertThat(closed.totalProfitDollars()).isEqualTo(30.0);
        assertThat(closed.closeReason()).as("a close without reason keeps the earlier one").isEqualTo("TP2");
    }

    @Test
    void find_open_lists_open_and_partial_trades_but_not_closed_ones() {
        store.open(trade(7101, 7102));
        store.open(trade(7201, 7202));
        store.open(trade(7301, 7302));
        store.closeOrder(7201, OrderType.ORDER_A, 5.0, "TP2");
        store.closeOrder(7301, OrderType.ORDER_A, 5.0, "TP2");
        store.closeOrder(7302, OrderType.ORDER_B, 5.0, "TP1");

        assertThat(store.findOpen()).extracting(PriceAction_5mTrades::orderATicket).containsExactly(7101L, 7201L);
    }

    @Test
    void find_by_ticket_finds_the_trade_by_either_order() {
        PriceAction_5mTrades opened = store.open(trade(7101, 7102));

        assertThat(store.findByTicket(7101)).contains(opened);
        assertThat(store.findByTicket(7102)).contains(opened);
        assertThat(store.findByTicket(7103)).isEmpty();
    }

    @Test
    void closing_an_order_twice_is_refused_and_changes_nothing() {
        store.open(trade(7101, 7102));
        PriceAction_5mTrades partial = store.closeOrder(7101, OrderType.ORDER_A, 20.0, "TP2");

        assertThatThrownBy(() -> store.closeOrder(7101, OrderType.ORDER_A, 99.0, "again"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Order A (order_a_ticket 7101) is already closed: order_a_profit_dollars was 20.0");
        assertThat(store.findByTicket(7101)).contains(partial);
    }

    @Test
    void closing_an_unknown_order_is_refused() {
        store.open(trade(7101, 7102));

        assertThatThrownBy(() -> store.closeOrder(7101, OrderType.ORDER_B, 1.0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order_b_ticket must name a trade in price_action_5m_trades, was 7101");
        assertThatThrownBy(() -> store.closeOrder(-1, OrderType.ORDER_A, 1.0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order_a_ticket must be > 0, was -1");
        assertThat(store.findByTicket(7101).orElseThrow().status()).isEqualTo(TradeStatus.OPEN);
    }

    @Test
    void impossible_values_are_refused_naming_the_order_and_nothing_is_written() {
        MomentumOrder a = new MomentumOrder(7101, 0.1, null, null);

        assertThatThrownBy(() -> store.open(new MomentumTradeOpen("EURUSD", Direction.BUY, 1.09, a,
                new MomentumOrder(7102, -0.1, null, null), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order_b_lot_size must be > 0, was -0.1");
        assertThatThrownBy(() -> store.open(new MomentumTradeOpen("EURUSD", Direction.BUY, 1.09, a,
                new MomentumOrder(7101, 0.1, null, null), null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order_b_ticket must differ from order_a_ticket, was 7101");
        assertThatThrownBy(() -> store.open(new MomentumTradeOpen("EURUSD", Direction.BUY, 1.09, a,
                new MomentumOrder(7102, 0.1, null, null), null, 120, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence_score must be between 0 and 100, was 120");
        assertThatThrownBy(() -> store.open(new MomentumTradeOpen("EURUSD", Direction.BUY, 1.09, a, null,
                null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("order_b must be given, was null");
        assertThatThrownBy(() -> store.closeOrder(7101, OrderType.ORDER_A, Double.POSITIVE_INFINITY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order_a_profit_dollars must be a finite number, was Infinity");
        assertThat(rows()).isZero();
    }

    @Test
    void a_ticket_already_used_by_the_other_order_of_a_trade_is_refused() {
        store.open(trade(7101, 7102));

        assertThatThrownBy(() -> store.open(trade(7102, 7103)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order_a_ticket 7102 / order_b_ticket 7103");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void a_duplicate_ticket_reaches_sqlite_and_is_a_constraint_violation_naming_the_table() {
        store.open(trade(7101, 7102));

        assertThatThrownBy(() -> store.open(trade(7201, 7102)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> {
                    assertThat(e.table()).isEqualTo("price_action_5m_trades");
                    assertThat(e.constraint()).contains("price_action_5m_trades.order_b_ticket");
                });
        assertThat(rows()).isEqualTo(1);
    }
}
