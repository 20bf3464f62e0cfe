package com.zepix.db.v6.m5;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.jooq.tables.records.PriceAction_5mTradesRecord;

/**
 * 5M momentum trades for aggregation: dual orders, keyed by Order A's ticket, else Order B's; the
 * profit of a PARTIAL trade without a total is what its orders have booked ({@link TradeSummary#totalProfit}).
 */
public final class MomentumTradeSource extends TableTradeSource<PriceAction_5mTradesRecord> {

    public MomentumTradeSource() {
        super("price_action_5m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_5M,
                PRICE_ACTION_5M_TRADES, PRICE_ACTION_5M_TRADES.ID, PRICE_ACTION_5M_TRADES.ENTRY_TIME);
    }

    @Override
    protected TradeSummary summary(PriceAction_5mTradesRecord r) {
        Long ticket = r.getOrderATicket() != null ? r.getOrderATicket() : r.getOrderBTicket();
        return new TradeSummary(r.getId(), ticket, r.getSymbol(), r.getDirection(),
                TradeSummary.totalLots(r.getOrderALotSize(), r.getOrderBLotSize()),
                r.getEntryTime(), r.getExitTime(), TradeSummary.totalProfit(r.getTotalProfitDollars(),
                        r.getOrderAProfitDollars(), r.getOrderBProfitDollars()), r.getStatus());
    }
}
