package com.zepix.db.ops.schema;

import com.zepix.db.ops.schema.SqlTokens.Kind;
import com.zepix.db.ops.schema.SqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What SQLite's pragmas do not tell, read from the CREATE text SQLite keeps in {@code sqlite_master}:
 * the CHECK clauses and AUTOINCREMENT of a table, and the key and WHERE clause of an index.
 * Not a full SQL parser: it relies on the statement being valid, as SQLite has already accepted it.
 */
final class CreateStatementParser {

    /** A column's clauses: its CHECK expressions (as one line each) and whether it is AUTOINCREMENT. */
    record ColumnClauses(List<String> checks, boolean autoincrement) {}

    /** A table's clauses: per column (lower-case name) and the table-level CHECKs. */
    record TableClauses(Map<String, ColumnClauses> columns, List<String> checks) {

        ColumnClauses column(String name) {
            return columns.getOrDefault(name.toLowerCase(Locale.ROOT), new ColumnClauses(List.of(), false));
        }
    }

    /** An index's key parts as written ({@code status}, {@code symbol DESC}, an expression) and its WHERE clause. */
    record IndexClauses(List<String> keys, String where) {}

    private static final Set<String> TABLE_CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private CreateStatementParser() {
    }

    static TableClauses parseTable(String createTable) {
        List<Token> tokens = SqlTokens.tokenize(createTable);
        int open = firstOpen(tokens, 0);
        int close = open < 0 ? -1 : SqlTokens.closing(tokens, open);
        Map<String, ColumnClauses> columns = new LinkedHashMap<>();
        List<String> tableChecks = new ArrayList<>();
        if (close < 0) {
            return new TableClauses(columns, tableChecks); // CREATE TABLE ... AS SELECT: no definitions to read
        }
        for (List<Token> definition : SqlTokens.splitAtCommas(tokens, open + 1, close)) {
            Token first = definition.get(0);
            boolean tableConstraint = first.kind() == Kind.WORD
                    && TABLE_CONSTRAINT_STARTS.contains(first.text().toUpperCase(Locale.ROOT));
            List<String> checks = checks(definition);
            if (tableConstraint) {
                tableChecks.addAll(checks);
            } else {
                boolean autoincrement = definition.stream().anyMatch(t -> t.isWord("AUTOINCREMENT"));
                columns.put(first.name().toLowerCase(Locale.ROOT), new ColumnClauses(checks, autoincrement));
            }
        }
        return new TableClauses(columns, tableChecks);
    }

    static IndexClauses parseIndex(String createIndex) {
        List<Token> tokens = SqlTokens.tokenize(createIndex);
        int on = indexOfWord(tokens, "ON", 0);
        int open = on < 0 ? -1 : firstOpen(tokens, on);
        int close = open < 0 ? -1 : SqlTokens.closing(tokens, open);
        if (close < 0) {
            throw new IllegalArgumentException("not a CREATE INDEX statement: " + createIndex);
        }
        List<String> keys = SqlTokens.splitAtCommas(tokens, open + 1, close).stream().map(SqlTokens::text).toList();
        int where = indexOfWord(tokens, "WHERE", close);
        String condition = where < 0 ? null : SqlTokens.text(tokens.subList(where + 1, tokens.size()));
        return new IndexClauses(keys, condition);
    }

    /** The expression of each {@code CHECK (...)} directly in this definition, as one line. */
    private static List<String> checks(List<Token> definition) {
        List<String> checks = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < definition.size(); i++) {
            Token t = definition.get(i);
            if (t.kind() == Kind.OPEN) {
                depth++;
            } else if (t.kind() == Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && t.isWord("CHECK") && i + 1 < definition.size()
                    && definition.get(i + 1).kind() == Kind.OPEN) {
                int end = SqlTokens.closing(definition, i + 1);
                checks.add(SqlTokens.text(definition.subList(i + 2, end)));
            }
        }
        return checks;
    }

    private static int firstOpen(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.OPEN) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfWord(List<Token> tokens, String word, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isWord(word)) {
                return i;
            }
        }
        return -1;
    }
}
