package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v3.jooq.tables.records.CombinedV3TradesRecord;

/** The V3 plugin's trades for central aggregation: one summary per dual-order pair. */
public final class V3TradeSource extends TableTradeSource<CombinedV3TradesRecord> {

    public static final String PLUGIN_ID = "combined_v3";

    public V3TradeSource() {
        super(PLUGIN_ID, PluginType.V3_COMBINED, DatabaseKey.V3_COMBINED,
                COMBINED_V3_TRADES, COMBINED_V3_TRADES.ID, COMBINED_V3_TRADES.ENTRY_TIME);
    }

    /**
     * The pair is keyed by its parent ticket, else Order A's; its lots are both orders' together; its
     * profit is {@link TradeSummary#totalProfit}: the total, else what its orders have booked.
     */
    @Override
    protected TradeSummary summary(CombinedV3TradesRecord r) {
        Long ticket = r.getMt5ParentTicket() != null ? r.getMt5ParentTicket() : r.getOrderATicket();
        return new TradeSummary(r.getId(), ticket, r.getSymbol(), r.getDirection(),
                TradeSummary.totalLots(r.getOrderALotSize(), r.getOrderBLotSize()), r.getEntryTime(),
                r.getExitTime(), TradeSummary.totalProfit(r.getTotalProfitDollars(), r.getOrderAProfitDollars(),
                        r.getOrderBProfitDollars()), r.getStatus());
    }
}
