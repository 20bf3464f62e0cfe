package com.zepix.db.core;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.TableField;
import org.jooq.impl.AbstractBinding;
import org.jooq.impl.DSL;

/**
 * Binds an enum column to its stored text, failing on text the enum does not know. jOOQ's own
 * {@code EnumConverter} reads such text as NULL, which on a nullable column is indistinguishable
 * from a stored NULL: an {@code aggregated_trades.status} of {@code 'REOPENED'} would read as "no
 * status" and the trade would drop out of every closed-trade count, a {@code v6_signals_log}
 * target of {@code 'price_action_2h'} would read as "all plugins". The CHECK constraints make such
 * text impossible for writers that keep them; this is for files written by one that did not.
 */
public final class StrictEnumBinding<E extends Enum<E>> extends AbstractBinding<String, E> {

    private static final long serialVersionUID = 1L;

    private final Class<E> type;
    private final Map<String, E> byText = new LinkedHashMap<>();

    private StrictEnumBinding(Class<E> type) {
        this.type = type;
        for (E constant : type.getEnumConstants()) {
            byText.put(text(constant), constant);
        }
    }

    /** The binding the generated tables use for every column of {@code type}. */
    public static <E extends Enum<E>> StrictEnumBinding<E> of(Class<E> type) {
        return new StrictEnumBinding<>(type);
    }

    /** The stored form: an {@link EnumType}'s literal, else the constant's name. */
    private static String text(Enum<?> constant) {
        return constant instanceof EnumType literal ? literal.getLiteral() : constant.name();
    }

    @Override
    public Converter<String, E> converter() {
        return Converter.ofNullable(String.class, type, text -> decode(text, null), StrictEnumBinding::text);
    }

    private E decode(String text, String where) {
        E constant = byText.get(text);
        if (constant == null) {
            throw new UnknownEnumValueException(where, text, type.getSimpleName(), byText.keySet());
        }
        return constant;
    }

    @Override
    protected void sqlInline(BindingSQLContext<E> ctx) throws SQLException {
        ctx.render().visit(DSL.inline(ctx.value() == null ? null : text(ctx.value())));
    }

    @Override
    public void register(BindingRegisterContext<E> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<E> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.VARCHAR);
        } else {
            ctx.statement().setString(ctx.index(), text(ctx.value()));
        }
    }

    @Override
    public void get(BindingGetResultSetContext<E> ctx) throws SQLException {
        String text = ctx.resultSet().getString(ctx.index());
        if (text != null && !byText.containsKey(text)) {
            decode(text, where(ctx.field(), ctx.resultSet()));
        }
        ctx.value(text == null ? null : byText.get(text));
    }

    @Override
    public void get(BindingGetStatementContext<E> ctx) throws SQLException {
        String text = ctx.statement().getString(ctx.index());
        ctx.value(text == null ? null : decode(text, null));
    }

    /**
     * "table.column row N": the row is the query's own {@code id} column of that table when it
     * selected one (a query that did not cannot name it, so the message says so).
     */
    private static String where(Field<?> field, ResultSet rs) throws SQLException {
        String table = field instanceof TableField<?, ?> tf && tf.getTable() != null ? tf.getTable().getName() : null;
        String column = (table == null ? "" : table + ".") + field.getName();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnName(i).equalsIgnoreCase("id")
                    && (table == null || table.equalsIgnoreCase(meta.getTableName(i)))) {
                long id = rs.getLong(i);
                return column + " row " + (rs.wasNull() ? "with a NULL id" : "id " + id);
            }
        }
        return column + " (row not identified: the query did not select its id)";
    }
}
