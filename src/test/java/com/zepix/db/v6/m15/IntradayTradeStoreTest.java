package com.zepix.db.v6.m15;

import static com.zepix.db.v6.jooq.tables.PriceAction_15mTrades.PRICE_ACTION_15M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_15mTrades;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntradayTradeStoreTest extends StoreTestBase {

    private static final TradeEntry ENTRY = new TradeEntry("USDJPY", Direction.BUY, 0.3, 151.2, 150.7, 152.4);

    private IntradayTradeStore store;

    @BeforeEach
    void createStore() {
        store = new IntradayTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M));
    }

    @Test
    void open_stores_order_a_with_the_trend_pulse_counts() {
        PriceAction_15mTrades opened = store.open(new IntradayTradeOpen(7201, ENTRY, 60, 4, 1));

        assertThat(opened.orderATicket()).isEqualTo(7201L);
        assertThat(opened.lotSize()).isEqualTo(0.3);
        assertThat(opened.tpPrice()).isEqualTo(152.4);
        assertThat(opened.confidenceScore()).isEqualTo(60);
        assertThat(opened.pulseBullCount()).isEqualTo(4);
        assertThat(opened.pulseBearCount()).isEqualTo(1);
        assertThat(opened.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(store.findByTicket(7201)).contains(opened);
        assertThat(store.findOpen()).containsExactly(opened);
    }

    @Test
    void close_marks_the_trade_closed_and_it_leaves_the_open_list() {
        store.open(new IntradayTradeOpen(7201, ENTRY, 60, 4, 1));

        PriceAction_15mTrades closed = store.close(7201, new TradeClose(152.4, 36.0, "TP2"));

        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.exitPrice()).isEqualTo(152.4);
        assertThat(closed.profitDollars()).isEqualTo(36.0);
        assertThat(closed.exitTime()).isNotNull();
        assertThat(store.findOpen()).isEmpty();
        assertThatThrownBy(() -> store.close(7201, new TradeClose(152.0, 1.0, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status of order_a_ticket 7201 must be OPEN to close it, was CLOSED");
    }

    @Test
    void impossible_values_are_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> store.open(new IntradayTradeOpen(7201, ENTRY, 60, -1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pulse_bull_count must be >= 0, was -1");
        assertThatThrownBy(() -> store.open(new IntradayTradeOpen(7201, ENTRY, 60, 4, -2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pulse_bear_count must be >= 0, was -2");
        assertThatThrownBy(() -> store.open(new IntradayTradeOpen(7201, ENTRY, 101, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence_score must be between 0 and 100, was 101");
        assertThatThrownBy(() -> store.open(new IntradayTradeOpen(7201,
                new TradeEntry(" ", Direction.BUY, 0.3, 151.2, null, null), 60, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("symbol must not be blank, was ' '");
        assertThatThrownBy(() -> store.close(404, new TradeClose(152.4, 36.0, "TP2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order_a_ticket must name a trade in price_action_15m_trades, was 404");
        assertThat(rows(DatabaseKey.V6_PRICE_ACTION_15M, PRICE_ACTION_15M_TRADES)).isZero();
    }
}
