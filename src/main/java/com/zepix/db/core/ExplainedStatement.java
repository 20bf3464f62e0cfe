package com.zepix.db.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asks SQLite what a statement touches: {@code EXPLAIN} compiles it (without running it) into the
 * program SQLite would run, trigger sub-programs included, and every b-tree that program opens is
 * named by its root page. Root pages are mapped to tables through {@code sqlite_master}, so the
 * answer holds whatever names jOOQ or the text claim (an alias, a renamed table, a plain-SQL
 * fragment, a UNION smuggled into a hint).
 */
final class ExplainedStatement {

    /** The b-tree of {@code sqlite_master} itself, which has no row of its own. */
    private static final int SCHEMA_ROOT_PAGE = 1;
    /** SQLite's OPFLAG_P2ISREG: the root page is in a register, known only at run time (DDL does this). */
    private static final int ROOT_PAGE_IN_REGISTER = 0x10;
    private static final String AUTOINCREMENT_TABLE = "sqlite_sequence";

    /**
     * Opcodes that plain DML never needs: schema changes, transaction control, attaching files,
     * checkpoints and vacuum, virtual tables (pragma_* functions, json_each, dbstat: no root page
     * to check) and table locks.
     */
    private static final Set<String> REFUSED_OPCODES = Set.of(
            "AutoCommit", "Savepoint", "Expire", "ParseSchema", "CreateBtree", "Destroy", "DropTable", "DropIndex",
            "DropTrigger", "SetCookie", "ReadCookie", "Vacuum", "IncrVacuum", "JournalMode", "Checkpoint", "Pagecount",
            "MaxPgcnt", "IntegrityCk", "LoadAnalysis", "TableLock", "SqlExec", "VBegin", "VCreate", "VDestroy",
            "VOpen", "VFilter", "VColumn", "VNext", "VRename", "VUpdate", "VCheck", "VInitIn");

    private ExplainedStatement() {
    }

    /** The footprint of {@code sql} on the database of {@code raw}, which must not be a guarded connection. */
    static StatementFootprint footprint(Connection raw, String sql) throws SQLException {
        SqlText text = SqlText.of(sql);
        if (text.hasMoreThanOneStatement()) {
            return StatementFootprint.refused("more than one statement in one string is refused");
        }
        if (!text.isDml()) {
            return StatementFootprint.refused("a " + text.firstKeyword()
                    + " statement is refused (only SELECT, INSERT, UPDATE, DELETE, REPLACE, WITH, VALUES)");
        }
        String internal = text.internalTableNamed();
        if (internal != null) {
            return StatementFootprint.refused("SQLite's own object " + internal + " is refused");
        }
        Map<Integer, String> tablesByRootPage = tablesByRootPage(raw);
        Set<String> tables = new HashSet<>();
        try (Statement st = raw.createStatement(); ResultSet op = st.executeQuery("EXPLAIN " + sql)) {
            while (op.next()) {
                String opcode = op.getString("opcode");
                int p1 = op.getInt("p1");
                int p2 = op.getInt("p2");
                int p3 = op.getInt("p3");
                int p5 = op.getInt("p5");
                if (REFUSED_OPCODES.contains(opcode)) {
                    return StatementFootprint.refused("a statement that runs SQLite's " + opcode + " operation is refused");
                }
                switch (opcode) {
                    case "Function", "PureFunc" -> {
                        String function = String.valueOf(op.getString("p4")).toLowerCase(Locale.ROOT);
                        if (function.startsWith("sqlite_") || function.startsWith("load_extension")) {
                            return StatementFootprint.refused("the function " + function + " is refused");
                        }
                    }
                    case "Transaction" -> {
                        if (p1 != 0) {
                            return StatementFootprint.refused("a schema other than main (temp or attached) is refused");
                        }
                    }
                    case "OpenRead", "OpenWrite", "ReopenIdx" -> {
                        if (p3 != 0) {
                            return StatementFootprint.refused("a schema other than main (temp or attached) is refused");
                        }
                        if ((p5 & ROOT_PAGE_IN_REGISTER) != 0) {
                            return StatementFootprint.refused("a cursor on a computed root page is refused");
                        }
                        String table = table(tablesByRootPage, p2);
                        if (table == null) {
                            return StatementFootprint.refused("a b-tree at root page " + p2 + " that belongs to no table is refused");
                        }
                        tables.add(table);
                    }
                    case "Clear" -> {
                        if (p2 != 0) {
                            return StatementFootprint.refused("a schema other than main (temp or attached) is refused");
                        }
                        String table = table(tablesByRootPage, p1);
                        if (table == null) {
                            return StatementFootprint.refused("a b-tree at root page " + p1 + " that belongs to no table is refused");
                        }
                        tables.add(table);
                    }
                    default -> {
                        // registers, jumps, comparisons, ephemeral tables, sorters, coroutines: no table
                    }
                }
            }
        }
        // The text names no sqlite_* object (checked above), so a sqlite_sequence cursor is SQLite's
        // own AUTOINCREMENT bookkeeping for a table the statement inserts into, which is checked itself.
        tables.remove(AUTOINCREMENT_TABLE);
        return StatementFootprint.touching(tables);
    }

    private static String table(Map<Integer, String> tablesByRootPage, int rootPage) {
        if (rootPage == SCHEMA_ROOT_PAGE) {
            return "sqlite_master";
        }
        return tablesByRootPage.get(rootPage);
    }

    /** Tables and indexes by root page; an index stands for its table. */
    private static Map<Integer, String> tablesByRootPage(Connection raw) throws SQLException {
        Map<Integer, String> tables = new HashMap<>();
        try (Statement st = raw.createStatement();
                ResultSet rs = st.executeQuery("SELECT rootpage, tbl_name FROM main.sqlite_master WHERE rootpage > 0")) {
            while (rs.next()) {
                tables.put(rs.getInt(1), rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
