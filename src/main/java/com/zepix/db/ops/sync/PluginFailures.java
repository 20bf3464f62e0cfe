package com.zepix.db.ops.sync;

import com.zepix.db.core.ZepixDbException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * The one line a plugin's failed sync or stats shows on the console and stores in
 * {@code sync_status} and {@code system_events}: the plugin's file and the problem. Never the SQL
 * text that failed: jOOQ puts the whole statement into its message ({@code SQL [select
 * price_action_1m_trades.id, ...]; ...}), hundreds of characters of column names in front of the
 * cause, and without the file. The full exception, statement included, goes to the log.
 */
public final class PluginFailures {

    /** sqlite-jdbc's message: {@code [SQLITE_ERROR] SQL error or missing database (no such table: t)}. */
    private static final Pattern SQLITE_MESSAGE = Pattern.compile("\\[(\\w+)] .*? \\((.*)\\)", Pattern.DOTALL);

    /** jOOQ's DataAccessException message: {@code SQL [<the statement>]; <the cause's message>}. */
    private static final String JOOQ_SQL_PREFIX = "SQL [";

    private PluginFailures() {
    }

    /**
     * {@code <file>: <problem>}; a message of ours that already starts with the file is kept as it is.
     *
     * @param file the plugin's database file
     */
    public static String describe(Path file, Throwable e) {
        String problem = problem(e);
        return problem.startsWith(file.toString()) ? problem : file + ": " + problem;
    }

    private static String problem(Throwable e) {
        if (!(e instanceof ZepixDbException)) {
            SQLException sql = sqlCause(e);
            if (sql != null) {
                return sqliteWords(sql);
            }
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (message.startsWith(JOOQ_SQL_PREFIX)) {
            int end = message.indexOf("]; ");
            if (end > 0) {
                return message.substring(end + 3);
            }
        }
        return message;
    }

    /** {@code no such table: t (SQLITE_ERROR)}: SQLite's detail first, its code after; other drivers' messages as they are. */
    private static String sqliteWords(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SQLiteException) {
            Matcher m = SQLITE_MESSAGE.matcher(message);
            if (m.matches()) {
                return m.group(2) + " (" + m.group(1) + ")";
            }
        }
        return message;
    }

    private static SQLException sqlCause(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }
}
