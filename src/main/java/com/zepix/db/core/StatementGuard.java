package com.zepix.db.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every SQL text a plugin context sends to one file before it is prepared: the first time
 * a text is seen, SQLite is asked what it touches ({@link ExplainedStatement}); after that the
 * answer comes from a cache keyed by the exact text, so a statement jOOQ renders again and again
 * costs one map lookup. The cache is per file: root pages, and so footprints, belong to a file.
 */
final class StatementGuard {

    /** A plugin that inlines values renders a new text each time; past this many, start over. */
    static final int MAX_CACHED_TEXTS = 4096;

    private static final String NO_SUCH_TABLE = "no such table: ";

    private final Map<String, StatementFootprint> footprints = new ConcurrentHashMap<>();
    private final boolean serverCentral;

    StatementGuard() {
        this(false);
    }

    private StatementGuard(boolean serverCentral) {
        this.serverCentral = serverCentral;
    }

    /**
     * The guard of a central on a PostgreSQL server, where SQLite's EXPLAIN cannot answer. There
     * the boundary is the database itself: the connection reaches only the central database,
     * which holds only the central key's tables (verify's drift check names any other table), and
     * a V3 or V6 table does not exist there at all; the roles of the README bound the rest. What
     * this guard adds is that a context sends only queries and row changes, never DDL, grants,
     * COPY or SET. A function called in a query is a query: the sync's rollup keeper sets its
     * transaction-local trigger gate that way ({@code SELECT set_config(..., true)}).
     */
    static StatementGuard serverCentral() {
        return new StatementGuard(true);
    }

    /**
     * Throws {@link IsolationViolationException} unless a context for {@code key} may send {@code sql}.
     *
     * @param raw the unguarded connection the statement is about to be prepared on
     */
    void check(DatabaseKey key, String sql, Connection raw) throws SQLException {
        if (sql == null) {
            throw new IsolationViolationException("a null SQL text is refused on the " + key + " context");
        }
        if (serverCentral) {
            requireQueryOrRowChange(key, sql);
            return;
        }
        StatementFootprint footprint = footprints.get(sql);
        if (footprint == null) {
            footprint = footprintOf(key, sql, raw);
            if (footprints.size() >= MAX_CACHED_TEXTS) {
                footprints.clear();
            }
            footprints.put(sql, footprint);
        }
        footprint.requireAllowedFor(key, sql);
    }

    /**
     * A table of another file is not in this one, so SQLite cannot compile the statement; that is
     * still a context reaching for what is not its own, and says so the same way.
     */
    private static StatementFootprint footprintOf(DatabaseKey key, String sql, Connection raw) throws SQLException {
        try {
            return ExplainedStatement.footprint(raw, sql);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            int at = message.indexOf(NO_SUCH_TABLE);
            if (at >= 0) {
                String table = message.substring(at + NO_SUCH_TABLE.length()).replaceAll("[)\\s].*$", "");
                if (!key.mayUse(table)) {
                    throw new IsolationViolationException("table " + table + " is not one of the " + key
                            + " key's tables " + new java.util.TreeSet<>(key.tables()) + ": "
                            + StatementFootprint.abbreviate(sql));
                }
            }
            throw e;
        }
    }

    private static final Set<String> ROW_STATEMENTS = Set.of("select", "insert", "update", "delete", "with");

    private static void requireQueryOrRowChange(DatabaseKey key, String sql) {
        String text = sql.strip();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end).toLowerCase(Locale.ROOT);
        // One statement per text: the driver prepares every text, and PostgreSQL refuses to
        // prepare several commands at once.
        if (!ROW_STATEMENTS.contains(first)) {
            throw new IsolationViolationException("only queries and row changes are allowed on the " + key
                    + " context of a PostgreSQL central: " + StatementFootprint.abbreviate(sql));
        }
    }

    int cachedTexts() {
        return footprints.size();
    }
}
