package com.zepix.db.ops.schema;

import com.zepix.db.core.SchemaMigrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A database's schema as the CREATE statements SQLite keeps for it, sorted by kind then name,
 * with the bookkeeping tables left out: what a reviewer reads in a pull request.
 */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static String of(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                                + " ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1"
                                + " WHEN 'view' THEN 2 ELSE 3 END, name")) {
            while (rs.next()) {
                if (SchemaMigrations.isBookkeepingTable(rs.getString("tbl_name"))) {
                    continue;
                }
                statements.add(normalise(rs.getString("sql")) + ";\n");
            }
        }
        return String.join("\n", statements);
    }

    /** SQLite keeps the text as written; only line endings and trailing blanks are evened out. */
    public static String normalise(String sql) {
        return sql.replace("\r\n", "\n").lines()
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"))
                .strip();
    }
}
