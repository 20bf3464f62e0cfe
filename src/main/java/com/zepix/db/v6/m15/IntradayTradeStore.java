package com.zepix.db.v6.m15;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.PriceAction_15mTrades.PRICE_ACTION_15M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.v6.SingleOrderColumns;
import com.zepix.db.v6.SingleOrderTrades;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_15mTrades;
import com.zepix.db.v6.jooq.tables.records.PriceAction_15mTradesRecord;
import java.util.List;
import java.util.Optional;

/** The 15M intraday plugin's trades ({@code price_action_15m_trades}), keyed by their Order A ticket. */
public final class IntradayTradeStore {

    private static final SingleOrderColumns<PriceAction_15mTradesRecord> COLUMNS = new SingleOrderColumns<>(
            PRICE_ACTION_15M_TRADES,
            PRICE_ACTION_15M_TRADES.ID,
            PRICE_ACTION_15M_TRADES.ORDER_A_TICKET,
            PRICE_ACTION_15M_TRADES.SYMBOL,
            PRICE_ACTION_15M_TRADES.DIRECTION,
            PRICE_ACTION_15M_TRADES.LOT_SIZE,
            PRICE_ACTION_15M_TRADES.ENTRY_PRICE,
            PRICE_ACTION_15M_TRADES.SL_PRICE,
            PRICE_ACTION_15M_TRADES.TP_PRICE,
            PRICE_ACTION_15M_TRADES.ENTRY_TIME,
            PRICE_ACTION_15M_TRADES.STATUS,
            PRICE_ACTION_15M_TRADES.EXIT_TIME,
            PRICE_ACTION_15M_TRADES.EXIT_PRICE,
            PRICE_ACTION_15M_TRADES.PROFIT_DOLLARS,
            PRICE_ACTION_15M_TRADES.CLOSE_REASON);

    private final SingleOrderTrades<PriceAction_15mTradesRecord, PriceAction_15mTrades> trades;

    public IntradayTradeStore(DatabaseService db) {
        this.trades = new SingleOrderTrades<>(db, DatabaseKey.V6_PRICE_ACTION_15M, COLUMNS,
                PriceAction_15mTrades.class);
    }

    public PriceAction_15mTrades open(IntradayTradeOpen trade) {
        notNull("trade", trade);
        return trades.open(trade.orderATicket(), trade.entry(), row -> {
            row.setConfidenceScore(trade.confidenceScore());
            row.setPulseBullCount(trade.pulseBullCount());
            row.setPulseBearCount(trade.pulseBearCount());
        });
    }

    public PriceAction_15mTrades close(long orderATicket, TradeClose close) {
        return trades.close(orderATicket, close);
    }

    public List<PriceAction_15mTrades> findOpen() {
        return trades.findOpen();
    }

    public Optional<PriceAction_15mTrades> findByTicket(long orderATicket) {
        return trades.findByTicket(orderATicket);
    }
}
