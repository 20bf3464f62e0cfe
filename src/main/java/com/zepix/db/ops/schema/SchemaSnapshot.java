package com.zepix.db.ops.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A database's schema as the CREATE statements SQLite keeps for it, sorted by kind then name,
 * with the bookkeeping tables left out: what a reviewer reads in a pull request.
 */
public final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    public static String of(Connection connection) throws SQLException {
        return of(SchemaReader.read(connection));
    }

    /** Tables, then indexes, views and triggers, each kind in name order. */
    public static String of(SchemaModel schema) {
        List<String> statements = new ArrayList<>();
        schema.tables().values().forEach(t -> statements.add(t.sql()));
        schema.tables().values().stream().flatMap(t -> t.indexes().stream())
                .sorted(Comparator.comparing(SchemaModel.Index::name))
                .forEach(i -> statements.add(i.sql()));
        schema.views().values().forEach(v -> statements.add(v.sql()));
        Stream.concat(schema.tables().values().stream().flatMap(t -> t.triggers().stream()),
                        schema.views().values().stream().flatMap(v -> v.triggers().stream()))
                .sorted(Comparator.comparing(SchemaModel.Trigger::name))
                .forEach(t -> statements.add(t.sql()));
        return String.join("\n", statements.stream().map(sql -> sql + ";\n").toList());
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
