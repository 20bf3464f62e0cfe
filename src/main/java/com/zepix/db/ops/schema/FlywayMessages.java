package com.zepix.db.ops.schema;

import java.util.List;
import org.flywaydb.core.api.FlywayException;

/** Flyway's multi-line failure reports, cut to the one line a user needs. */
final class FlywayMessages {

    private FlywayMessages() {
    }

    /** The report's first line, with SQLite's own message where Flyway gives one (e.g. a syntax error). */
    static String oneLine(FlywayException e) {
        List<String> lines = String.valueOf(e.getMessage()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        String sqliteMessage = lines.stream().filter(l -> l.startsWith("Message"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        return sqliteMessage == null ? lines.get(0) : lines.get(0) + ": " + sqliteMessage;
    }
}
