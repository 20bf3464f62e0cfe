package com.zepix.db.ops.schema;

import com.zepix.db.core.SchemaMigrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * SQLite keeps the text as written; line endings and trailing blanks are evened out, and the
     * columns that {@code ALTER TABLE ... ADD COLUMN} appended are laid out like the others.
     */
    public static String normalise(String sql) {
        List<String> lines = new ArrayList<>(sql.replace("\r\n", "\n").strip().lines().map(String::stripTrailing).toList());
        layOutAddedColumns(lines);
        return String.join("\n", lines).strip();
    }

    /**
     * ADD COLUMN splices {@code ", <column>"} into the stored CREATE text just before its final
     * parenthesis, so a table written one column per line ends in {@code \n, broker_comment TEXT)}:
     * the new column on the closing line, after the previous line's parenthesis. Each appended column
     * is moved onto a line of its own, indented as the column before, and the parenthesis onto the last.
     */
    private static void layOutAddedColumns(List<String> lines) {
        int last = lines.size() - 1;
        if (last < 1) {
            return;
        }
        String tail = lines.get(last).strip();
        if (!tail.startsWith(",") || !tail.endsWith(")") || lines.get(last - 1).isBlank()) {
            return;
        }
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(tail.substring(1, tail.length() - 1));
        String previous = lines.get(last - 1);
        String indent = previous.substring(0, previous.length() - previous.stripLeading().length());
        List<String> columns = SqlTokens.splitAtCommas(tokens, 0, tokens.size()).stream().map(SqlTokens::text).toList();
        lines.set(last - 1, previous + ",");
        lines.remove(last);
        for (int i = 0; i < columns.size(); i++) {
            lines.add((indent.isEmpty() ? "    " : indent) + columns.get(i) + (i < columns.size() - 1 ? "," : ""));
        }
        lines.add(")");
    }
}
