package com.zepix.db.v6.m15;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.SingleOrderStatus;
import com.zepix.db.v6.jooq.tables.records.PriceAction_15mTradesRecord;

/** 15M intraday trades for aggregation: Order A only. */
public final class IntradayTradeSource extends TableTradeSource<PriceAction_15mTradesRecord> {

    /** The 15M plugin's source, read through {@code DatabaseKey.V6_PRICE_ACTION_15M}. */
    public IntradayTradeSource() {
        super("price_action_15m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_15M,
                PRICE_ACTION_15M_TRADES, PRICE_ACTION_15M_TRADES.ID, PRICE_ACTION_15M_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(PriceAction_15mTradesRecord r) {
        return new TradeSummary(r.getId(), r.getOrderATicket(), r.getSymbol(), r.getDirection(), r.getLotSize(),
                r.getEntryTime(), r.getExitTime(), r.getProfitDollars(), SingleOrderStatus.asTradeStatus(r.getStatus()));
    }
}
