package com.zepix.db.v6.m1;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.PriceAction_1mTrades.PRICE_ACTION_1M_TRADES;

import com.zepix.db.core.PluginDatabase;
import com.zepix.db.v6.SingleOrderColumns;
import com.zepix.db.v6.SingleOrderTrades;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_1mTrades;
import com.zepix.db.v6.jooq.tables.records.PriceAction_1mTradesRecord;
import java.util.List;
import java.util.Optional;

/** The 1M scalping plugin's trades ({@code price_action_1m_trades}), keyed by their Order B ticket. */
public final class ScalpingTradeStore {

    private static final SingleOrderColumns<PriceAction_1mTradesRecord> COLUMNS = new SingleOrderColumns<>(
            PRICE_ACTION_1M_TRADES,
            PRICE_ACTION_1M_TRADES.ID,
            PRICE_ACTION_1M_TRADES.ORDER_B_TICKET,
            PRICE_ACTION_1M_TRADES.SYMBOL,
            PRICE_ACTION_1M_TRADES.DIRECTION,
            PRICE_ACTION_1M_TRADES.LOT_SIZE,
            PRICE_ACTION_1M_TRADES.ENTRY_PRICE,
            PRICE_ACTION_1M_TRADES.SL_PRICE,
            PRICE_ACTION_1M_TRADES.TP_PRICE,
            PRICE_ACTION_1M_TRADES.ENTRY_TIME,
            PRICE_ACTION_1M_TRADES.STATUS,
            PRICE_ACTION_1M_TRADES.EXIT_TIME,
            PRICE_ACTION_1M_TRADES.EXIT_PRICE,
            PRICE_ACTION_1M_TRADES.PROFIT_DOLLARS,
            PRICE_ACTION_1M_TRADES.CLOSE_REASON);

    private final SingleOrderTrades<PriceAction_1mTradesRecord, PriceAction_1mTrades> trades;

    /**
     * A store over the plugin's handle, {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_1M)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public ScalpingTradeStore(PluginDatabase db) {
        this.trades = new SingleOrderTrades<>(db, COLUMNS, PriceAction_1mTrades.class);
    }

    /**
     * Records the trade as OPEN, entered now (the schema's default time).
     *
     * @return the trade as stored
     * @throws com.zepix.db.core.ConstraintViolationException if the ticket is already stored
     */
    public PriceAction_1mTrades open(ScalpingTradeOpen trade) {
        notNull("trade", trade);
        return trades.open(trade.orderBTicket(), trade.entry(), row -> {
            row.setAdx(trade.adx());
            row.setConfidenceScore(trade.confidenceScore());
            row.setSpreadPips(trade.spreadPips());
            row.setExecutionSpeedMs(trade.executionSpeedMs());
        });
    }

    /**
     * Closes the OPEN trade with this Order B ticket.
     *
     * @return the trade as now stored
     * @throws IllegalArgumentException for an unknown or already closed ticket; nothing is written then
     */
    public PriceAction_1mTrades close(long orderBTicket, TradeClose close) {
        return trades.close(orderBTicket, close);
    }

    /** Open trades, oldest first. */
    public List<PriceAction_1mTrades> findOpen() {
        return trades.findOpen();
    }

    /** The trade with this Order B ticket, or empty. */
    public Optional<PriceAction_1mTrades> findByTicket(long orderBTicket) {
        return trades.findByTicket(orderBTicket);
    }

    /** The trade with this row id, or empty. */
    public Optional<PriceAction_1mTrades> findById(long id) {
        return trades.findById(id);
    }
}
