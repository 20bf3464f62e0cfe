package com.zepix.db.v6.h1;

import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.v6.jooq.tables.PriceAction_1hTrades.PRICE_ACTION_1H_TRADES;

import com.zepix.db.core.PluginDatabase;
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

    /**
     * A store over the plugin's handle, {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_1H)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public SwingTradeStore(PluginDatabase db) {
        this.trades = new SingleOrderTrades<>(db, COLUMNS, PriceAction_1hTrades.class);
    }

    /**
     * Records the trade as OPEN, entered now (the schema's default time).
     *
     * @return the trade as stored
     * @throws com.zepix.db.core.ConstraintViolationException if the ticket is already stored
     */
    public PriceAction_1hTrades open(SwingTradeOpen trade) {
        notNull("trade", trade);
        return trades.open(trade.orderATicket(), trade.entry(), row -> {
            row.setTrend_4h(trade.trend4h());
            row.setTrend_1d(trade.trend1d());
        });
    }

    /**
     * Closes the OPEN trade with this Order A ticket.
     *
     * @return the trade as now stored
     * @throws IllegalArgumentException for an unknown or already closed ticket; nothing is written then
     */
    public PriceAction_1hTrades close(long orderATicket, TradeClose close) {
        return trades.close(orderATicket, close);
    }

    /** Open trades, oldest first. */
    public List<PriceAction_1hTrades> findOpen() {
        return trades.findOpen();
    }

    /** The trade with this Order A ticket, or empty. */
    public Optional<PriceAction_1hTrades> findByTicket(long orderATicket) {
        return trades.findByTicket(orderATicket);
    }

    /** The trade with this row id, or empty. */
    public Optional<PriceAction_1hTrades> findById(long id) {
        return trades.findById(id);
    }
}
