package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;

import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.WinRate;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Read-only dashboard figures from {@code aggregated_trades}, the one place all plugins' trades meet. */
public final class DashboardQueries {

    private final PluginDatabase db;

    /**
     * A query set over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public DashboardQueries(PluginDatabase central) {
        this.db = central.requireAccessTo(AGGREGATED_TRADES);
    }

    /** Per plugin and UTC day of entry in the range, ordered by plugin then day; days without trades are absent. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range) {
        Field<String> day = DSL.substring(AGGREGATED_TRADES.ENTRY_TIME.cast(SQLDataType.VARCHAR), 1, 10);
        Field<Integer> closed = DSL.sum(DSL.when(AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED), 1).otherwise(0))
                .cast(SQLDataType.INTEGER);
        Field<Integer> winners = DSL.sum(DSL.when(AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED)
                        .and(AGGREGATED_TRADES.PROFIT_DOLLARS.gt(0.0)), 1).otherwise(0))
                .cast(SQLDataType.INTEGER);
        Field<Double> profit = DSL.sum(AGGREGATED_TRADES.PROFIT_DOLLARS).cast(SQLDataType.DOUBLE);
        return db.read(ctx -> ctx
                .select(AGGREGATED_TRADES.PLUGIN_ID, day, DSL.count(), closed, profit, winners)
                .from(AGGREGATED_TRADES)
                .where(AGGREGATED_TRADES.ENTRY_TIME.ge(range.start()).and(AGGREGATED_TRADES.ENTRY_TIME.lt(range.end())))
                .groupBy(AGGREGATED_TRADES.PLUGIN_ID, day)
                .orderBy(AGGREGATED_TRADES.PLUGIN_ID, day)
                .fetch(r -> new PluginDayTotals(r.value1(), LocalDate.parse(r.value2()), r.value3(), r.value4(),
                        r.value5() == null ? 0.0 : r.value5(), WinRate.percent(r.value6(), r.value4()))));
    }
}
