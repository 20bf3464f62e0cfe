package com.zepix.db.core;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.VisitContext;
import org.jooq.VisitListener;
import org.jooq.impl.TableImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, while jOOQ renders a query and so before anything reaches SQLite, any table outside
 * the key's own, and any plain-SQL fragment: text jOOQ cannot see into could name any table.
 */
final class IsolationGuard implements VisitListener {

    /**
     * What jOOQ's plain-SQL API (DSL.sql, field(String), table(String), condition(String),
     * execute(String), fetch(String), resultQuery(String), ...) wraps text in. jOOQ also renders
     * its own internal SQL fragments, so the bare {@code org.jooq.SQL} type cannot be refused;
     * DatabaseServiceTest pins this list against the jOOQ version in use.
     */
    private static final Set<String> PLAIN_SQL_WRAPPERS = Set.of(
            "org.jooq.impl.SQLQuery", "org.jooq.impl.SQLResultQuery", "org.jooq.impl.SQLField",
            "org.jooq.impl.SQLFieldSimple", "org.jooq.impl.SQLTable", "org.jooq.impl.SQLCondition");

    private static final Set<String> JOOQ_INTERNAL_FIELDS = Set.of("*", "_rowid_", "rowid", "last_insert_rowid()");

    /** {@code DSL.excluded(field)}: SQLite's name, in an upsert, for the row that was to be inserted. */
    private static final String UPSERT_PSEUDO_TABLE = "excluded";

    private static final Logger LOG = LoggerFactory.getLogger(IsolationGuard.class);

    private static final Map<Class<?>, String> GENERATED_TABLE_NAMES = new ConcurrentHashMap<>();

    private final DatabaseKey key;

    IsolationGuard(DatabaseKey key) {
        this.key = key;
    }

    @Override
    public void visitStart(VisitContext context) {
        QueryPart part = context.queryPart();
        if (PLAIN_SQL_WRAPPERS.contains(part.getClass().getName()) && !isJooqInternalField(part)) {
            throw refused("plain SQL is refused on the " + key
                    + " context: use the generated table classes so the compiler and the isolation guard can check it");
        }
        if (part instanceof TableImpl<?> table) {
            String name = realName(table);
            if (!key.mayUse(name) && !UPSERT_PSEUDO_TABLE.equalsIgnoreCase(name)) {
                throw refused("table " + name + " is not one of the " + key
                        + " key's tables " + new TreeSet<>(key.tables()));
            }
        }
    }

    /** A refusal is a plugin bug that the plugin may swallow: the log keeps a trace of it. */
    private static IsolationViolationException refused(String message) {
        LOG.warn("statement refused: {}", message);
        return new IsolationViolationException(message);
    }

    /**
     * jOOQ builds a few fields of its own as plain SQL: {@code *} for {@code count(*)}, and
     * {@code _rowid_} and {@code last_insert_rowid()} to emulate INSERT ... RETURNING. They name no table.
     */
    private static boolean isJooqInternalField(QueryPart part) {
        return part.getClass().getName().equals("org.jooq.impl.SQLField")
                && JOOQ_INTERNAL_FIELDS.contains(part.toString());
    }

    /**
     * The table's real name. {@code T.as("x")} goes by "x" in the query, and jOOQ offers no public
     * way back to T; but its record type is T's generated record, whose table is T.
     */
    private static String realName(Table<?> table) {
        Class<?> recordType = table.getRecordType();
        if (TableRecord.class.isAssignableFrom(recordType) && !recordType.getName().startsWith("org.jooq.")) {
            return GENERATED_TABLE_NAMES.computeIfAbsent(recordType, IsolationGuard::tableOfRecord);
        }
        return table.getName();
    }

    private static String tableOfRecord(Class<?> recordType) {
        try {
            return ((TableRecord<?>) recordType.getDeclaredConstructor().newInstance()).getTable().getName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot tell which table " + recordType.getName() + " belongs to", e);
        }
    }
}
