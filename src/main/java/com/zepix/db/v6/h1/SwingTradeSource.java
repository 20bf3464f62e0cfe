package com.zepix.db.v6.h1;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.SingleOrderStatus;
import com.zepix.db.v6.jooq.tables.records.PriceAction_1hTradesRecord;

/** 1H swing trades for aggregation: Order A only. */
public final class SwingTradeSource extends TableTradeSource<PriceAction_1hTradesRecord> {

    /** The 1H plugin's source, read through {@code DatabaseKey.V6_PRICE_ACTION_1H}. */
    public SwingTradeSource() {
        super("price_action_1h", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_1H,
                PRICE_ACTION_1H_TRADES, PRICE_ACTION_1H_TRADES.ID, PRICE_ACTION_1H_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(PriceAction_1hTradesRecord r) {
        return new TradeSummary(r.getId(), r.getOrderATicket(), r.getSymbol(), r.getDirection(), r.getLotSize(),
                r.getEntryTime(), r.getExitTime(), r.getProfitDollars(), SingleOrderStatus.asTradeStatus(r.getStatus()));
    }
}
