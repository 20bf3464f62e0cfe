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
 * {@code aggregated_trades}: the two must agree on every instance, plugin and day, the profit to
 * the cent. Also reports the sync's trigger gate left on outside a sync, which would let the
 * rollup drift: on SQLite a committed system_config row, on PostgreSQL (central-postgresql V3) the
 * setting made a default of the database or role.
 */
public final class DailyTotalsCheck {

    public static final String ROLLUP = "aggregated_daily_totals";
    private static final String GATE_KEY = "aggregated_daily_totals.kept_by_sync";

    private static final String GATE_SETTING = "zepix.daily_totals_kept_by_sync";

    /** A SQLite day's trades, closed trades, winners and profit, as the rollup keeps them. */
    private static final String DAY_SUMS = "count(*), sum(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),"
            + " sum(CASE WHEN status = 'CLOSED' AND profit_dollars > 0 THEN 1 ELSE 0 END), total(profit_dollars)"
            + " FROM aggregated_trades WHERE entry_time IS NOT NULL";

    /** Before central V5 (an older SQLite central) the rollup had no instance; after it, every row is keyed by one. */
    private static final String RECOUNT_WITHOUT_INSTANCE = "SELECT plugin_id, substr(entry_time, 1, 10), " + DAY_SUMS
            + " GROUP BY 1, 2";
    private static final String STORED_WITHOUT_INSTANCE = "SELECT plugin_id, day, trades, closed_trades, winning_trades,"
            + " profit_dollars FROM aggregated_daily_totals WHERE trades <> 0";
    private static final String RECOUNT = "SELECT instance_id || ' ' || plugin_id, substr(entry_time, 1, 10), "
            + DAY_SUMS + " GROUP BY 1, 2";
    private static final String REBUILD = "INSERT INTO " + ROLLUP + " (instance_id, plugin_id, day, trades, closed_trades,"
            + " winning_trades, profit_dollars) SELECT instance_id, plugin_id, substr(entry_time, 1, 10), " + DAY_SUMS
            + " GROUP BY 1, 2, 3";
    private static final String RECOUNT_ON_SERVER = "SELECT instance_id || ' ' || plugin_id,"
            + " to_char(entry_time, 'YYYY-MM-DD'), count(*), count(*) FILTER (WHERE status = 'CLOSED'),"
            + " count(*) FILTER (WHERE status = 'CLOSED' AND profit_dollars > 0), coalesce(sum(profit_dollars), 0)"
            + " FROM aggregated_trades WHERE entry_time IS NOT NULL GROUP BY 1, 2";
    private static final String STORED = "SELECT instance_id || ' ' || plugin_id, day, trades, closed_trades,"
            + " winning_trades, profit_dollars FROM aggregated_daily_totals WHERE trades <> 0";

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
        boolean withInstance = keyedByInstance(c);
        List<String> problems = new ArrayList<>(compare(read(c, withInstance ? RECOUNT : RECOUNT_WITHOUT_INSTANCE),
                read(c, withInstance ? STORED : STORED_WITHOUT_INSTANCE)));
        if (!SqliteChecks.strings(c, "SELECT key FROM system_config WHERE key = '" + GATE_KEY + "'").isEmpty()) {
            problems.add("system_config row '" + GATE_KEY + "' is committed: it silences the triggers that keep "
                    + ROLLUP + " in step (only the sync may hold it, inside its own transaction); delete it");
        }
        return problems;
    }

    /**
     * Puts a SQLite central's rollup back in step with a recount of its trades, when it is not: the
     * triggers cannot see every write (SQLite fires no DELETE trigger for the row an
     * {@code INSERT OR REPLACE} deletes unless the writer turned {@code recursive_triggers} on), and
     * verify then reports the difference. One write transaction; nothing is written when the
     * rollup already equals the recount.
     *
     * @return how many plugin-days differed (and were rewritten), 0 when none did
     */
    public static int rebuildIfDiffers(Connection c) throws SQLException {
        if (!SqliteChecks.tables(c).contains(ROLLUP) || !keyedByInstance(c)) {
            return 0;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            int differing = differingDays(read(c, RECOUNT), read(c, STORED)).size();
            if (differing > 0) {
                st.executeUpdate("DELETE FROM " + ROLLUP);
                st.executeUpdate(REBUILD);
            }
            c.commit();
            return differing;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The same recount on a PostgreSQL central, per instance, plugin and day. */
    public static List<String> problemsOnServer(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>(compare(read(c, RECOUNT_ON_SERVER), read(c, STORED)));
        String gate;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_setting('" + GATE_SETTING + "', true)")) {
            rs.next();
            gate = rs.getString(1);
        }
        if ("on".equals(gate)) {
            problems.add("the setting " + GATE_SETTING + " is on in a new session (a default of the database or role):"
                    + " it silences the trigger that keeps " + ROLLUP + " in step (only the sync may set it, inside its"
                    + " own transaction); remove it with ALTER DATABASE/ROLE ... RESET " + GATE_SETTING);
        }
        return problems;
    }

    private static List<String> compare(Map<String, Day> recounted, Map<String, Day> stored) {
        List<String> problems = new ArrayList<>();
        List<String> wrong = differingDays(recounted, stored);
        if (!wrong.isEmpty()) {
            String first = wrong.get(0);
            problems.add(ROLLUP + " differs from a recount of aggregated_trades on " + wrong.size()
                    + " day(s), first " + first + ": stored " + describe(stored.get(first)) + ", recounted "
                    + describe(recounted.get(first)) + " (a write its triggers could not see, such as an INSERT OR"
                    + " REPLACE of a trade; run init to rebuild it from aggregated_trades)");
        }
        return problems;
    }

    /** The plugin-days, in key order, whose stored totals are not the recounted ones (or exist on one side only). */
    private static List<String> differingDays(Map<String, Day> recounted, Map<String, Day> stored) {
        TreeSet<String> keys = new TreeSet<>(recounted.keySet());
        keys.addAll(stored.keySet());
        return keys.stream().filter(k -> !Day.same(recounted.get(k), stored.get(k))).toList();
    }

    /** Whether the rollup is keyed by instance (central V5 and later). */
    private static boolean keyedByInstance(Connection c) throws SQLException {
        return SqliteChecks.strings(c, "SELECT name FROM pragma_table_info('" + ROLLUP + "')").contains("instance_id");
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
