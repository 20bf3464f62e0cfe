package com.zepix.db.core;

import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.impl.AbstractBinding;
import org.jooq.impl.DSL;

/**
 * Binds every TIMESTAMP column as text in {@link UtcTimestamps}' form. Left to itself the
 * driver would store epoch milliseconds or a {@code java.sql.Timestamp} string ending in
 * {@code .0}; either would break text ordering against rows written by {@code CURRENT_TIMESTAMP}.
 */
public final class UtcTimestampBinding extends AbstractBinding<LocalDateTime, LocalDateTime> {

    private static final long serialVersionUID = 1L;

    @Override
    public Converter<LocalDateTime, LocalDateTime> converter() {
        return Converter.ofNullable(LocalDateTime.class, LocalDateTime.class, v -> v, v -> v);
    }

    @Override
    protected void sqlInline(BindingSQLContext<LocalDateTime> ctx) throws SQLException {
        ctx.render().visit(DSL.inline(ctx.value() == null ? null : UtcTimestamps.format(ctx.value())));
    }

    @Override
    public void register(BindingRegisterContext<LocalDateTime> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<LocalDateTime> ctx) throws SQLException {
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
        String text = ctx.resultSet().getString(ctx.index());
        ctx.value(text == null ? null : UtcTimestamps.parse(text));
    }

    @Override
    public void get(BindingGetStatementContext<LocalDateTime> ctx) throws SQLException {
        String text = ctx.statement().getString(ctx.index());
        ctx.value(text == null ? null : UtcTimestamps.parse(text));
    }
}
