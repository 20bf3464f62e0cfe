package com.zepix.db.central;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Require;
import com.zepix.db.core.TradeStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Read-only dashboard figures from {@code aggregated_trades}, the one place all plugins' trades meet. */
public final class DashboardQueries {

    private final DatabaseService db;

    public DashboardQueries(DatabaseService db) {
        this.db = db;
    }

    /** Per plugin and UTC day in {@code [from, to]}, ordered by plugin then day. */
    public List<PluginDayTotals> totalsPerPluginPerDay(LocalDate from, LocalDate to) {
        Require.present("from", from);
        Require.present("to", to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        var start = from.atStartOfDay();
        var end = to.plusDays(1).atStartOfDay();
        return db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> {
            Map<String, Map<LocalDate, int[]>> entered = new TreeMap<>();
            Field<String> entryDay = day(AGGREGATED_TRADES.ENTRY_TIME);
            ctx.select(AGGREGATED_TRADES.PLUGIN_ID, entryDay, DSL.count())
                    .from(AGGREGATED_TRADES)
                    .where(AGGREGATED_TRADES.ENTRY_TIME.ge(start).and(AGGREGATED_TRADES.ENTRY_TIME.lt(end)))
                    .groupBy(AGGREGATED_TRADES.PLUGIN_ID, entryDay)
                    .forEach(r -> entered.computeIfAbsent(r.value1(), k -> new TreeMap<>())
                            .put(LocalDate.parse(r.value2()), new int[] {r.value3()}));

            Field<String> exitDay = day(AGGREGATED_TRADES.EXIT_TIME);
            Field<Integer> winners = DSL.sum(DSL.when(AGGREGATED_TRADES.PROFIT_DOLLARS.gt(0.0), 1).otherwise(0))
                    .cast(SQLDataType.INTEGER);
            Map<String, Map<LocalDate, PluginDayTotals>> result = new TreeMap<>();
            ctx.select(AGGREGATED_TRADES.PLUGIN_ID, exitDay, DSL.count(),
                            DSL.sum(AGGREGATED_TRADES.PROFIT_DOLLARS), winners)
                    .from(AGGREGATED_TRADES)
                    .where(AGGREGATED_TRADES.STATUS.eq(TradeStatus.CLOSED)
                            .and(AGGREGATED_TRADES.EXIT_TIME.ge(start)).and(AGGREGATED_TRADES.EXIT_TIME.lt(end)))
                    .groupBy(AGGREGATED_TRADES.PLUGIN_ID, exitDay)
                    .forEach(r -> {
                        LocalDate day = LocalDate.parse(r.value2());
                        int closed = r.value3();
                        int entries = entered.getOrDefault(r.value1(), Map.of()).getOrDefault(day, new int[] {0})[0];
                        result.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(day, new PluginDayTotals(
                                r.value1(), day, entries, closed, r.value4() == null ? 0.0 : r.value4().doubleValue(),
                                100.0 * r.value5() / closed));
                    });
            entered.forEach((plugin, days) -> days.forEach((day, count) -> result
                    .computeIfAbsent(plugin, k -> new TreeMap<>())
                    .putIfAbsent(day, new PluginDayTotals(plugin, day, count[0], 0, 0.0, 0.0))));
            List<PluginDayTotals> rows = new ArrayList<>();
            result.values().forEach(days -> rows.addAll(days.values()));
            return rows;
        });
    }

    /** The UTC day of a stored timestamp: its first ten characters, as SQLite keeps it as text. */
    private static Field<String> day(Field<?> timestamp) {
        return DSL.substring(timestamp.cast(SQLDataType.VARCHAR), 1, 10);
    }
}
