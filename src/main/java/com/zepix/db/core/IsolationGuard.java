package com.zepix.db.core;

import java.util.TreeSet;
import org.jooq.QueryPart;
import org.jooq.SQL;
import org.jooq.Table;
import org.jooq.VisitContext;
import org.jooq.VisitListener;
import org.jooq.impl.QOM;
import org.jooq.impl.TableImpl;

/**
 * Refuses, while jOOQ renders a query and so before anything reaches SQLite, any table outside
 * the key's own, and any plain-SQL fragment: text jOOQ cannot see into could name any table.
 */
final class IsolationGuard implements VisitListener {

    private final DatabaseKey key;

    IsolationGuard(DatabaseKey key) {
        this.key = key;
    }

    @Override
    public void visitStart(VisitContext context) {
        QueryPart part = context.queryPart();
        if (part instanceof SQL) {
            throw new IsolationViolationException("plain SQL is refused on the " + key
                    + " context: use the generated table classes so the compiler and the isolation guard can check it");
        }
        if (part instanceof TableImpl<?> table) {
            String name = underlying(table).getName();
            if (!key.mayUse(name)) {
                throw new IsolationViolationException("table " + name + " is not one of the " + key
                        + " key's tables " + new TreeSet<>(key.tables()));
            }
        }
    }

    /** {@code T.as("x")} is judged by T, not by the alias it goes by in the query. */
    private static Table<?> underlying(Table<?> table) {
        if (table instanceof QOM.Aliasable<?> aliasable && aliasable.$alias() != null
                && aliasable.$aliased() instanceof Table<?> aliased) {
            return underlying(aliased);
        }
        return table;
    }
}
