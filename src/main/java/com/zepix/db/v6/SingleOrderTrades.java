package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.positive;

import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;

/**
 * Opening, closing and finding trades in one single-order V6 trades table, shared by the 1m,
 * 15m and 1h stores. Results are the generated immutable pojos, never the records: a record
 * stays attached to the writing connection, and storing it later would bypass the write lock.
 *
 * <p>An insert is read back by its ticket, the trade's identity for the plugin.
 *
 * @param <R> the table's record type
 * @param <P> the table's pojo type
 */
public final class SingleOrderTrades<R extends UpdatableRecord<R>, P> {

    private final PluginDatabase db;
    private final SingleOrderColumns<R> columns;
    private final Class<P> pojoType;

    /**
     * Trades of {@code columns.table()}, through the handle of the plugin that owns that table.
     *
     * @param pojoType the table's generated pojo, what every method returns
     * @throws IllegalArgumentException if the handle's key may not use the table
     */
    public SingleOrderTrades(PluginDatabase db, SingleOrderColumns<R> columns, Class<P> pojoType) {
        this.db = db.requireAccessTo(columns.table());
        this.columns = columns;
        this.pojoType = pojoType;
    }

    /**
     * Inserts an OPEN trade; entry time and status take the schema's defaults.
     *
     * @param timeframeColumns sets the columns only this timeframe's table has
     * @return the trade as stored
     */
    public P open(long ticket, TradeEntry entry, Consumer<R> timeframeColumns) {
        positive(columns.ticket().getName(), ticket);
        return db.writeAndGet(ctx -> {
            R row = ctx.newRecord(columns.table());
            row.set(columns.ticket(), ticket);
            row.set(columns.symbol(), entry.symbol());
            row.set(columns.direction(), entry.direction());
            row.set(columns.lotSize(), entry.lotSize());
            row.set(columns.entryPrice(), entry.entryPrice());
            row.set(columns.slPrice(), entry.slPrice());
            row.set(columns.tpPrice(), entry.tpPrice());
            timeframeColumns.accept(row);
            ctx.insertInto(columns.table()).set(row).execute();
            return selectByTicket(ctx, ticket).orElseThrow();
        });
    }

    /**
     * Closes the OPEN trade with this ticket, timing the exit now in UTC.
     *
     * @return the trade as now stored
     * @throws IllegalArgumentException for an unknown or already closed ticket; nothing is written then
     */
    public P close(long ticket, TradeClose close) {
        positive(columns.ticket().getName(), ticket);
        notNull("close", close);
        return db.writeAndGet(ctx -> {
            R trade = requireTrade(ctx, ticket);
            OrderStatus status = trade.get(columns.status());
            if (status != OrderStatus.OPEN) {
                throw invalid("status of " + columns.ticket().getName() + " " + ticket, "must be OPEN to close it",
                        status);
            }
            return ctx.update(columns.table())
                    .set(columns.status(), OrderStatus.CLOSED)
                    .set(columns.exitTime(), UtcTimestamps.now())
                    .set(columns.exitPrice(), close.exitPrice())
                    .set(columns.profitDollars(), close.profitDollars())
                    .set(columns.closeReason(), close.closeReason())
                    .where(columns.id().eq(trade.get(columns.id())))
                    .returning()
                    .fetchSingle()
                    .into(pojoType);
        });
    }

    /** Open trades, oldest first. */
    public List<P> findOpen() {
        return db.read(ctx -> ctx.selectFrom(columns.table())
                .where(columns.status().eq(OrderStatus.OPEN))
                .orderBy(columns.entryTime(), columns.id())
                .fetchInto(pojoType));
    }

    /** The trade with this ticket, or empty. */
    public Optional<P> findByTicket(long ticket) {
        return db.read(ctx -> selectByTicket(ctx, ticket));
    }

    /** The trade with this row id, or empty. */
    public Optional<P> findById(long id) {
        return db.read(ctx -> ctx.selectFrom(columns.table()).where(columns.id().eq(id)).fetchOptionalInto(pojoType));
    }

    private Optional<P> selectByTicket(DSLContext ctx, long ticket) {
        return ctx.selectFrom(columns.table()).where(columns.ticket().eq(ticket)).fetchOptionalInto(pojoType);
    }

    private R requireTrade(DSLContext ctx, long ticket) {
        R trade = ctx.selectFrom(columns.table()).where(columns.ticket().eq(ticket)).fetchOne();
        if (trade == null) {
            throw invalid(columns.ticket().getName(), "must name a trade in " + columns.table().getName(), ticket);
        }
        return trade;
    }
}
