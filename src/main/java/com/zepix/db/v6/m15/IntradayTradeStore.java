package com.zepix.db.v6.m15;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.PriceAction_15mTrades.PRICE_ACTION_15M_TRADES;

import com.zepix.db.core.PluginDatabase;
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

    /**
     * A store over the plugin's handle, {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_15M)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public IntradayTradeStore(PluginDatabase db) {
        this.trades = new SingleOrderTrades<>(db, COLUMNS, PriceAction_15mTrades.class);
    }

    /**
     * Records the trade as OPEN, entered now (the schema's default time).
     *
     * @return the trade as stored
     * @throws com.zepix.db.core.ConstraintViolationException if the ticket is already stored
     */
    public PriceAction_15mTrades open(IntradayTradeOpen trade) {
        notNull("trade", trade);
        return trades.open(trade.orderATicket(), trade.entry(), row -> {
            row.setConfidenceScore(trade.confidenceScore());
            row.setPulseBullCount(trade.pulseBullCount());
            row.setPulseBearCount(trade.pulseBearCount());
        });
    }

    /**
     * Closes the OPEN trade with this Order A ticket.
     *
     * @return the trade as now stored
     * @throws IllegalArgumentException for an unknown or already closed ticket; nothing is written then
     */
    public PriceAction_15mTrades close(long orderATicket, TradeClose close) {
        return trades.close(orderATicket, close);
    }

    /** Open trades, oldest first. */
    public List<PriceAction_15mTrades> findOpen() {
        return trades.findOpen();
    }

    /** The trade with this Order A ticket, or empty. */
    public Optional<PriceAction_15mTrades> findByTicket(long orderATicket) {
        return trades.findByTicket(orderATicket);
    }

    /** The trade with this row id, or empty. */
    public Optional<PriceAction_15mTrades> findById(long id) {
        return trades.findById(id);
    }
}
