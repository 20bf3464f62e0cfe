package com.zepix.db.v6.h1;

import static com.zepix.db.v6.jooq.tables.PriceAction_1hTrades.PRICE_ACTION_1H_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_1hTrades;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwingTradeStoreTest extends StoreTestBase {

    private static final TradeEntry ENTRY = new TradeEntry("GBPJPY", Direction.SELL, 0.5, 190.1, 191.0, 187.5);

    private SwingTradeStore store;

    @BeforeEach
    void createStore() {
        store = new SwingTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1H));
    }

    @Test
    void open_stores_order_a_with_the_higher_timeframe_trends() {
        PriceAction_1hTrades opened = store.open(new SwingTradeOpen(7301, ENTRY, -1, 0));

        assertThat(opened.orderATicket()).isEqualTo(7301L);
        assertThat(opened.direction()).isEqualTo(Direction.SELL);
        assertThat(opened.slPrice()).isEqualTo(191.0);
        assertThat(opened.trend_4h()).isEqualTo(-1);
        assertThat(opened.trend_1d()).isZero();
        assertThat(opened.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(store.findByTicket(7301)).contains(opened);
        assertThat(store.findOpen()).containsExactly(opened);
    }

    @Test
    void close_marks_the_trade_closed_and_it_leaves_the_open_list() {
        store.open(new SwingTradeOpen(7301, ENTRY, 1, 1));
        store.open(new SwingTradeOpen(7302, ENTRY, null, null));

        PriceAction_1hTrades closed = store.close(7301, new TradeClose(191.0, -45.0, "SL"));

        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.profitDollars()).isEqualTo(-45.0);
        assertThat(closed.closeReason()).isEqualTo("SL");
        assertThat(store.findOpen()).extracting(PriceAction_1hTrades::orderATicket).containsExactly(7302L);
    }

    @Test
    void impossible_values_are_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> store.open(new SwingTradeOpen(7301, ENTRY, 2, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trend_4h must be -1, 0 or 1, was 2");
        assertThatThrownBy(() -> store.open(new SwingTradeOpen(7301, ENTRY, 0, -2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trend_1d must be -1, 0 or 1, was -2");
        assertThatThrownBy(() -> store.open(new SwingTradeOpen(7301,
                new TradeEntry("GBPJPY", null, 0.5, 190.1, null, null), 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("direction must be given, was null");
        assertThatThrownBy(() -> store.open(new SwingTradeOpen(7301,
                new TradeEntry("GBPJPY", Direction.SELL, 0.5, 190.1, -1.0, null), 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("sl_price must be > 0, was -1.0");
        assertThatThrownBy(() -> store.close(7301, new TradeClose(0.0, 1.0, "TP")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("exit_price must be > 0, was 0.0");
        assertThatThrownBy(() -> store.close(7301, new TradeClose(191.0, Double.NaN, "TP")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profit_dollars must be a finite number, was NaN");
        assertThat(rows(DatabaseKey.V6_PRICE_ACTION_1H, PRICE_ACTION_1H_TRADES)).isZero();
    }
}
