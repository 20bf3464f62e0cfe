package com.zepix.db.v6.m1;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v6.SingleOrderStatus;
import com.zepix.db.v6.jooq.tables.records.PriceAction_1mTradesRecord;
import java.time.LocalDateTime;
import org.jooq.Table;
import org.jooq.TableField;

/** 1M scalping trades for aggregation: Order B only, so Order B's ticket keys the trade. */
public final class ScalpingTradeSource extends TableTradeSource<PriceAction_1mTradesRecord> {

    public ScalpingTradeSource() {
        super("price_action_1m", PluginType.V6_PRICE_ACTION, DatabaseKey.V6_PRICE_ACTION_1M);
    }

    @Override
    protected Table<PriceAction_1mTradesRecord> table() {
        return PRICE_ACTION_1M_TRADES;
    }

    @Override
    protected TableField<PriceAction_1mTradesRecord, Long> id() {
        return PRICE_ACTION_1M_TRADES.ID;
    }

    @Override
    protected TableField<PriceAction_1mTradesRecord, LocalDateTime> entryTime() {
        return PRICE_ACTION_1M_TRADES.ENTRY_TIME;
    }

    @Override
    protected TradeSummary summary(PriceAction_1mTradesRecord r) {
        return new TradeSummary(r.getId(), r.getOrderBTicket(), r.getSymbol(), r.getDirection(), r.getLotSize(),
                r.getEntryTime(), r.getExitTime(), r.getProfitDollars(), SingleOrderStatus.asTradeStatus(r.getStatus()));
    }
}
