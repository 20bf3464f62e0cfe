package com.zepix.db.v6.m1;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.SingleOrderStatus;
import com.zepix.db.v6.jooq.tables.records.PriceAction_1mTradesRecord;

/** 1M scalping trades for aggregation: Order B only, so Order B's ticket keys the trade. */
public final class ScalpingTradeSource extends TableTradeSource<PriceAction_1mTradesRecord> {

    /** The 1M plugin's source, read through {@code DatabaseKey.V6_PRICE_ACTION_1M}. */
    public ScalpingTradeSource() {
        super("price_action_1m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_1M,
                PRICE_ACTION_1M_TRADES, PRICE_ACTION_1M_TRADES.ID, PRICE_ACTION_1M_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(PriceAction_1mTradesRecord r) {
        return new TradeSummary(r.getId(), r.getOrderBTicket(), r.getSymbol(), r.getDirection(), r.getLotSize(),
                r.getEntryTime(), r.getExitTime(), r.getProfitDollars(), SingleOrderStatus.asTradeStatus(r.getStatus()));
    }
}
