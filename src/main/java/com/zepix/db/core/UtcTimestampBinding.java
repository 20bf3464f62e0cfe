package com.zepix.db.core;

import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.Scope;
import org.jooq.impl.AbstractBinding;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Binds every TIMESTAMP column as text in {@link UtcTimestamps}' form on SQLite. Left to itself
 * the driver would store epoch milliseconds or a {@code java.sql.Timestamp} string ending in
 * {@code .0}; either would break text ordering against rows written by {@code CURRENT_TIMESTAMP}.
 * On PostgreSQL, whose columns are native {@code TIMESTAMP}s, the value is bound as itself
 * (UTC, cut to milliseconds like the text form), so one generated class serves both dialects.
 */
public final class UtcTimestampBinding extends AbstractBinding<LocalDateTime, LocalDateTime> {

    private static final long serialVersionUID = 1L;

    @Override
    public Converter<LocalDateTime, LocalDateTime> converter() {
        return Converter.ofNullable(LocalDateTime.class, LocalDateTime.class, v -> v, v -> v);
    }

    private static boolean nativeTimestamps(Scope ctx) {
        return ctx.family() == SQLDialect.POSTGRES;
    }

    /** The value as a native TIMESTAMP column keeps it: cut to milliseconds, like the text form. */
    static LocalDateTime stored(LocalDateTime value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    protected void sqlInline(BindingSQLContext<LocalDateTime> ctx) throws SQLException {
        if (nativeTimestamps(ctx)) {
            ctx.render().visit(DSL.inline(stored(ctx.value()), SQLDataType.LOCALDATETIME));
            return;
        }
        ctx.render().visit(DSL.inline(ctx.value() == null ? null : UtcTimestamps.format(ctx.value())));
    }

    @Override
    public void register(BindingRegisterContext<LocalDateTime> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), nativeTimestamps(ctx) ? Types.TIMESTAMP : Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<LocalDateTime> ctx) throws SQLException {
        if (nativeTimestamps(ctx)) {
            if (ctx.value() == null) {
                ctx.statement().setNull(ctx.index(), Types.TIMESTAMP);
            } else {
                ctx.statement().setObject(ctx.index(), stored(ctx.value()));
            }
            return;
        }
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.VARCHAR);
        } else {
            ctx.statement().setString(ctx.index(), text(ctx.value()));
        }
    }

    /** The text every bound timestamp is stored as; {@link JdbcBinder} binds the same. */
    static String text(LocalDateTime value) {
        return UtcTimestamps.format(value);
    }

    @Override
    public void get(BindingGetResultSetContext<LocalDateTime> ctx) throws SQLException {
        if (nativeTimestamps(ctx)) {
            ctx.value(ctx.resultSet().getObject(ctx.index(), LocalDateTime.class));
            return;
        }
        String text = ctx.resultSet().getString(ctx.index());
        ctx.value(text == null ? null : UtcTimestamps.parse(text));
    }

    @Override
    public void get(BindingGetStatementContext<LocalDateTime> ctx) throws SQLException {
        if (nativeTimestamps(ctx)) {
            ctx.value(ctx.statement().getObject(ctx.index(), LocalDateTime.class));
            return;
        }
        String text = ctx.statement().getString(ctx.index());
        ctx.value(text == null ? null : UtcTimestamps.parse(text));
    }
}
