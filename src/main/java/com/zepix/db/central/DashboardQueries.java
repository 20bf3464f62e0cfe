package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.WinRate;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Read-only dashboard figures from {@code aggregated_trades}, the one place all plugins' trades
 * meet: across every instance (host) sharing the central, or for one of them. The same query
 * runs on a SQLite and a PostgreSQL central.
 */
public final class DashboardQueries {

    private final DatabaseService db;

    public DashboardQueries(DatabaseService db) {
        this.db = db;
    }

    /** Per plugin and UTC day of entry in the range, ordered by plugin then day; days without trades are absent. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range) {
        return totals(range, DSL.noCondition());
    }

    /** As {@link #totalsPerPluginPerDay(DayRange)}, counting only one instance's trades. */
    public List<PluginDayTotals> totalsPerPluginPerDay(DayRange range, InstanceId instance) {
        return totals(range, AGGREGATED_TRADES.INSTANCE_ID.eq(instance.value()));
    }

    /** The instances that have trades in central, sorted. */
    public List<InstanceId> instances() {
        return db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.selectDistinct(AGGREGATED_TRADES.INSTANCE_ID)
                .from(AGGREGATED_TRADES)
                .orderBy(AGGREGATED_TRADES.INSTANCE_ID)
                .fetch(r -> new InstanceId(r.value1())));
    }

    private List<PluginDayTotals> totals(DayRange range, Condition which) {
        // Inlined bounds: PostgreSQL matches a GROUP BY expression to the select list only when
        // both are the same text, and two bind markers are never the same.
        Field<String> day = DSL.substring(AGGREGATED_TRADES.ENTRY_TIME.cast(SQLDataType.VARCHAR), DSL.inline(1),
                DSL.inline(10));
        Field<Integer> closed = DSL.sum(DSL.when(AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED), 1).otherwise(0))
                .cast(SQLDataType.INTEGER);
        Field<Integer> winners = DSL.sum(DSL.when(AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED)
                        .and(AGGREGATED_TRADES.PROFIT_DOLLARS.gt(0.0)), 1).otherwise(0))
                .cast(SQLDataType.INTEGER);
        Field<Double> profit = DSL.sum(AGGREGATED_TRADES.PROFIT_DOLLARS).cast(SQLDataType.DOUBLE);
        return db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx
                .select(AGGREGATED_TRADES.PLUGIN_ID, day, DSL.count(), closed, profit, winners)
                .from(AGGREGATED_TRADES)
                .where(AGGREGATED_TRADES.ENTRY_TIME.ge(range.start()).and(AGGREGATED_TRADES.ENTRY_TIME.lt(range.end())))
                .and(which)
                .groupBy(AGGREGATED_TRADES.PLUGIN_ID, day)
                .orderBy(AGGREGATED_TRADES.PLUGIN_ID, day)
                .fetch(r -> new PluginDayTotals(r.value1(), LocalDate.parse(r.value2()), r.value3(), r.value4(),
                        r.value5() == null ? 0.0 : r.value5(), WinRate.percent(r.value6(), r.value4()))));
    }
}
