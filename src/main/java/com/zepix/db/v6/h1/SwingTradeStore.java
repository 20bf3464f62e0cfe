package com.zepix.db.v6.h1;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.PriceAction_1hTrades.PRICE_ACTION_1H_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.v6.SingleOrderColumns;
import com.zepix.db.v6.SingleOrderTrades;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_1hTrades;
import com.zepix.db.v6.jooq.tables.records.PriceAction_1hTradesRecord;
import java.util.List;
import java.util.Optional;

/** The 1H swing plugin's trades ({@code price_action_1h_trades}), keyed by their Order A ticket. */
public final class SwingTradeStore {

    private static final SingleOrderColumns<PriceAction_1hTradesRecord> COLUMNS = new SingleOrderColumns<>(
            PRICE_ACTION_1H_TRADES,
            PRICE_ACTION_1H_TRADES.ID,
            PRICE_ACTION_1H_TRADES.ORDER_A_TICKET,
            PRICE_ACTION_1H_TRADES.SYMBOL,
            PRICE_ACTION_1H_TRADES.DIRECTION,
            PRICE_ACTION_1H_TRADES.LOT_SIZE,
            PRICE_ACTION_1H_TRADES.ENTRY_PRICE,
            PRICE_ACTION_1H_TRADES.SL_PRICE,
            PRICE_ACTION_1H_TRADES.TP_PRICE,
            PRICE_ACTION_1H_TRADES.ENTRY_TIME,
            PRICE_ACTION_1H_TRADES.STATUS,
            PRICE_ACTION_1H_TRADES.EXIT_TIME,
            PRICE_ACTION_1H_TRADES.EXIT_PRICE,
            PRICE_ACTION_1H_TRADES.PROFIT_DOLLARS,
            PRICE_ACTION_1H_TRADES.CLOSE_REASON);

    private final SingleOrderTrades<PriceAction_1hTradesRecord, PriceAction_1hTrades> trades;

    public SwingTradeStore(DatabaseService db) {
        this.trades = new SingleOrderTrades<>(db, DatabaseKey.V6_PRICE_ACTION_1H, COLUMNS,
                PriceAction_1hTrades.class);
    }

    public PriceAction_1hTrades open(SwingTradeOpen trade) {
        notNull("trade", trade);
        return trades.open(trade.orderATicket(), trade.entry(), row -> {
            row.setTrend_4h(trade.trend4h());
            row.setTrend_1d(trade.trend1d());
        });
    }

    public PriceAction_1hTrades close(long orderATicket, TradeClose close) {
        return trades.close(orderATicket, close);
    }

    public List<PriceAction_1hTrades> findOpen() {
        return trades.findOpen();
    }

    public Optional<PriceAction_1hTrades> findByTicket(long orderATicket) {
        return trades.findByTicket(orderATicket);
    }
}
