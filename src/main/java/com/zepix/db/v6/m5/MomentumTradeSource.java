package com.zepix.db.v6.m5;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.jooq.tables.records.PriceAction_5mTradesRecord;
import java.util.List;
import org.jooq.TableField;
import org.jooq.Record;

/**
 * 5M momentum trades for aggregation: dual orders, keyed by Order A's ticket, else Order B's; the
 * profit of a PARTIAL trade without a total is what its orders have booked ({@link TradeSummary#totalProfit}).
 */
public final class MomentumTradeSource extends TableTradeSource<PriceAction_5mTradesRecord> {

    /** The 5M plugin's source, read through {@code DatabaseKey.V6_PRICE_ACTION_5M}. */
    public MomentumTradeSource() {
        super("price_action_5m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_5M,
                PRICE_ACTION_5M_TRADES, PRICE_ACTION_5M_TRADES.ID, PRICE_ACTION_5M_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(Record r) {
        var t = PRICE_ACTION_5M_TRADES;
        Long ticket = r.get(t.ORDER_A_TICKET) != null ? r.get(t.ORDER_A_TICKET) : r.get(t.ORDER_B_TICKET);
        return new TradeSummary(r.get(t.ID), ticket, r.get(t.SYMBOL), r.get(t.DIRECTION),
                TradeSummary.totalLots(r.get(t.ORDER_A_LOT_SIZE), r.get(t.ORDER_B_LOT_SIZE)),
                r.get(t.ENTRY_TIME), r.get(t.EXIT_TIME), TradeSummary.totalProfit(r.get(t.TOTAL_PROFIT_DOLLARS),
                        r.get(t.ORDER_A_PROFIT_DOLLARS), r.get(t.ORDER_B_PROFIT_DOLLARS)), r.get(t.STATUS));
    }

    /** What {@link #summary} reads. */
    @Override
    protected List<TableField<PriceAction_5mTradesRecord, ?>> summaryFields() {
        return List.of(PRICE_ACTION_5M_TRADES.ID, PRICE_ACTION_5M_TRADES.ORDER_A_TICKET,
                PRICE_ACTION_5M_TRADES.ORDER_B_TICKET, PRICE_ACTION_5M_TRADES.SYMBOL,
                PRICE_ACTION_5M_TRADES.DIRECTION, PRICE_ACTION_5M_TRADES.ORDER_A_LOT_SIZE,
                PRICE_ACTION_5M_TRADES.ORDER_B_LOT_SIZE, PRICE_ACTION_5M_TRADES.ENTRY_TIME,
                PRICE_ACTION_5M_TRADES.EXIT_TIME, PRICE_ACTION_5M_TRADES.TOTAL_PROFIT_DOLLARS,
                PRICE_ACTION_5M_TRADES.ORDER_A_PROFIT_DOLLARS, PRICE_ACTION_5M_TRADES.ORDER_B_PROFIT_DOLLARS,
                PRICE_ACTION_5M_TRADES.STATUS);
    }
}
