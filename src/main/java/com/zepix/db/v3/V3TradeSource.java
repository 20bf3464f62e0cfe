package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.TableTradeSource;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.v3.jooq.tables.records.CombinedV3TradesRecord;
import java.util.List;
import org.jooq.TableField;
import org.jooq.Record;

/** The V3 plugin's trades for central aggregation: one summary per dual-order pair. */
public final class V3TradeSource extends TableTradeSource<CombinedV3TradesRecord> {

    public static final String PLUGIN_ID = "combined_v3";

    /** The V3 plugin's source, read through {@code DatabaseKey.V3_COMBINED}. */
    public V3TradeSource() {
        super(PLUGIN_ID, PluginType.V3_COMBINED, DatabaseKey.V3_COMBINED,
                COMBINED_V3_TRADES, COMBINED_V3_TRADES.ID, COMBINED_V3_TRADES.ENTRY_TIME);
    }

    /**
     * The pair is keyed by its parent ticket, else Order A's; its lots are both orders' together; its
     * profit is {@link TradeSummary#totalProfit}: the total, else what its orders have booked.
     */
    @Override
    protected TradeSummary summary(Record r) {
        var t = COMBINED_V3_TRADES;
        Long ticket = r.get(t.MT5_PARENT_TICKET) != null ? r.get(t.MT5_PARENT_TICKET) : r.get(t.ORDER_A_TICKET);
        return new TradeSummary(r.get(t.ID), ticket, r.get(t.SYMBOL), r.get(t.DIRECTION),
                TradeSummary.totalLots(r.get(t.ORDER_A_LOT_SIZE), r.get(t.ORDER_B_LOT_SIZE)), r.get(t.ENTRY_TIME),
                r.get(t.EXIT_TIME), TradeSummary.totalProfit(r.get(t.TOTAL_PROFIT_DOLLARS),
                        r.get(t.ORDER_A_PROFIT_DOLLARS), r.get(t.ORDER_B_PROFIT_DOLLARS)), r.get(t.STATUS));
    }

    /** What {@link #summary} reads. */
    @Override
    protected List<TableField<CombinedV3TradesRecord, ?>> summaryFields() {
        return List.of(COMBINED_V3_TRADES.ID, COMBINED_V3_TRADES.MT5_PARENT_TICKET, COMBINED_V3_TRADES.ORDER_A_TICKET,
                COMBINED_V3_TRADES.SYMBOL, COMBINED_V3_TRADES.DIRECTION, COMBINED_V3_TRADES.ORDER_A_LOT_SIZE,
                COMBINED_V3_TRADES.ORDER_B_LOT_SIZE, COMBINED_V3_TRADES.ENTRY_TIME, COMBINED_V3_TRADES.EXIT_TIME,
                COMBINED_V3_TRADES.TOTAL_PROFIT_DOLLARS, COMBINED_V3_TRADES.ORDER_A_PROFIT_DOLLARS,
                COMBINED_V3_TRADES.ORDER_B_PROFIT_DOLLARS, COMBINED_V3_TRADES.STATUS);
    }
}
