package com.zepix.db.ops.checks;

import com.zepix.db.ops.sqlite.SqliteChecks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Central V4's dashboard rollup, {@code aggregated_daily_totals}, recounted from
 * {@code aggregated_trades}: the two must agree on every plugin and day, the profit to the cent.
 * Also reports the sync's trigger gate left committed, which would let the rollup drift.
 */
public final class DailyTotalsCheck {

    public static final String ROLLUP = "aggregated_daily_totals";
    private static final String GATE_KEY = "aggregated_daily_totals.kept_by_sync";

    private static final String RECOUNT = "SELECT plugin_id, substr(entry_time, 1, 10),"
            + " count(*), sum(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),"
            + " sum(CASE WHEN status = 'CLOSED' AND profit_dollars > 0 THEN 1 ELSE 0 END), total(profit_dollars)"
            + " FROM aggregated_trades WHERE entry_time IS NOT NULL GROUP BY 1, 2";
    private static final String STORED = "SELECT plugin_id, day, trades, closed_trades, winning_trades, profit_dollars"
            + " FROM aggregated_daily_totals WHERE trades <> 0";

    /** One plugin's day. */
    public record Day(long trades, long closed, long winners, double profit) {
        public String describe() {
            return trades + " trades, " + closed + " closed, " + winners + " winning, $"
                    + String.format(Locale.ROOT, "%.2f", profit);
        }

        /** Equal counts and the profit equal to the cent (sums in another order differ in the last bits). */
        static boolean same(Day a, Day b) {
            return a != null && b != null && a.trades == b.trades && a.closed == b.closed && a.winners == b.winners
                    && Math.abs(a.profit - b.profit) < 0.005;
        }
    }

    private DailyTotalsCheck() {
    }

    public static List<String> problems(Connection c) throws SQLException {
        if (!SqliteChecks.tables(c).contains(ROLLUP) || !SqliteChecks.tables(c).contains("aggregated_trades")) {
            return List.of(); // a missing table is the schema comparison's finding
        }
        List<String> problems = new ArrayList<>();
        Map<String, Day> recounted = read(c, RECOUNT);
        Map<String, Day> stored = read(c, STORED);
        TreeSet<String> keys = new TreeSet<>(recounted.keySet());
        keys.addAll(stored.keySet());
        List<String> wrong = keys.stream().filter(k -> !Day.same(recounted.get(k), stored.get(k))).toList();
        if (!wrong.isEmpty()) {
            String first = wrong.get(0);
            problems.add(ROLLUP + " differs from a recount of aggregated_trades on " + wrong.size()
                    + " plugin day(s), first " + first + ": stored " + describe(stored.get(first)) + ", recounted "
                    + describe(recounted.get(first)) + " (written around its triggers?)");
        }
        if (!SqliteChecks.strings(c, "SELECT key FROM system_config WHERE key = '" + GATE_KEY + "'").isEmpty()) {
            problems.add("system_config row '" + GATE_KEY + "' is committed: it silences the triggers that keep "
                    + ROLLUP + " in step (only the sync may hold it, inside its own transaction); delete it");
        }
        return problems;
    }

    private static String describe(Day day) {
        return day == null ? "nothing" : day.describe();
    }

    private static Map<String, Day> read(Connection c, String sql) throws SQLException {
        Map<String, Day> days = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                days.put(rs.getString(1) + " " + rs.getString(2), new Day(rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getDouble(6)));
            }
        }
        return days;
    }
}
