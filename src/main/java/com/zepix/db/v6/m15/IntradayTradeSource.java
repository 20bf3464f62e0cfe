package com.zepix.db.v6.m15;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.SingleOrderStatus;
import com.zepix.db.v6.jooq.tables.records.PriceAction_15mTradesRecord;
import java.util.List;
import org.jooq.TableField;
import org.jooq.Record;

/** 15M intraday trades for aggregation: Order A only. */
public final class IntradayTradeSource extends TableTradeSource<PriceAction_15mTradesRecord> {

    /** The 15M plugin's source, read through {@code DatabaseKey.V6_PRICE_ACTION_15M}. */
    public IntradayTradeSource() {
        super("price_action_15m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_15M,
                PRICE_ACTION_15M_TRADES, PRICE_ACTION_15M_TRADES.ID, PRICE_ACTION_15M_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(Record r) {
        var t = PRICE_ACTION_15M_TRADES;
        return new TradeSummary(r.get(t.ID), r.get(t.ORDER_A_TICKET), r.get(t.SYMBOL), r.get(t.DIRECTION),
                r.get(t.LOT_SIZE), r.get(t.ENTRY_TIME), r.get(t.EXIT_TIME), r.get(t.PROFIT_DOLLARS),
                SingleOrderStatus.asTradeStatus(r.get(t.STATUS)));
    }

    /** What {@link #summary} reads. */
    @Override
    protected List<TableField<PriceAction_15mTradesRecord, ?>> summaryFields() {
        return List.of(PRICE_ACTION_15M_TRADES.ID, PRICE_ACTION_15M_TRADES.ORDER_A_TICKET,
                PRICE_ACTION_15M_TRADES.SYMBOL, PRICE_ACTION_15M_TRADES.DIRECTION, PRICE_ACTION_15M_TRADES.LOT_SIZE,
                PRICE_ACTION_15M_TRADES.ENTRY_TIME, PRICE_ACTION_15M_TRADES.EXIT_TIME,
                PRICE_ACTION_15M_TRADES.PROFIT_DOLLARS, PRICE_ACTION_15M_TRADES.STATUS);
    }
}
