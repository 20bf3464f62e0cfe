package com.zepix.db.core;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one SQL text does to a database, as SQLite compiled it: the tables its program (trigger
 * sub-programs included) opens, or why it is no plain DML at all. It depends on the text and the
 * file's schema, not on who sends it, so one footprint serves every key of a file.
 *
 * @param tables lower-case names of the tables it reads or writes
 * @param refusal why no context may send it, or null when it is plain DML
 */
record StatementFootprint(Set<String> tables, String refusal) {

    static StatementFootprint refused(String why) {
        return new StatementFootprint(Set.of(), why);
    }

    static StatementFootprint touching(Set<String> tables) {
        return new StatementFootprint(Set.copyOf(tables), null);
    }

    /** Throws unless a context for {@code key} may send this statement. */
    void requireAllowedFor(DatabaseKey key, String sql) {
        if (refusal != null) {
            throw new IsolationViolationException(refusal + " on the " + key + " context: " + abbreviate(sql));
        }
        for (String table : tables) {
            if (!key.mayUse(table)) {
                throw new IsolationViolationException("table " + table + " is not one of the " + key + " key's tables "
                        + new TreeSet<>(key.tables()) + ": " + abbreviate(sql));
            }
        }
    }

    static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
