package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.LEGACY_TRADE_IMPORTS;

import com.zepix.db.core.OrderType;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.ValueChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Writes trades from the legacy {@code trading_bot.db} into {@code combined_v3_trades}, each linked
 * (in {@code legacy_trade_imports}) to the legacy rows it came from. A batch of trades and their
 * links is one transaction, so a run that dies leaves whole trades with their links or nothing,
 * and the links tell the next run what is already done.
 */
public final class V3LegacyImportStore {

    private final PluginDatabase db;

    /**
     * A store over the V3 plugin's handle, {@code db.plugin(DatabaseKey.V3_COMBINED)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public V3LegacyImportStore(PluginDatabase v3) {
        this.db = v3.requireAccessTo(LEGACY_TRADE_IMPORTS);
    }

    /** Legacy row ids already imported, each with the trade it became. */
    public Map<Long, Long> importedLegacyIds() {
        return db.read(ctx -> {
            Map<Long, Long> ids = new HashMap<>();
            ctx.select(LEGACY_TRADE_IMPORTS.LEGACY_ID, LEGACY_TRADE_IMPORTS.TRADE_ID).from(LEGACY_TRADE_IMPORTS)
                    .forEach(r -> ids.put(r.value1(), r.value2()));
            return ids;
        });
    }

    /**
     * Each imported legacy row id with the ticket of the order it became: a legacy file whose row
     * of that id holds another ticket is not the file imported earlier.
     */
    public Map<Long, Long> importedTickets() {
        return db.read(ctx -> {
            Map<Long, Long> tickets = new HashMap<>();
            ctx.select(LEGACY_TRADE_IMPORTS.LEGACY_ID, DSL.when(LEGACY_TRADE_IMPORTS.ORDER_TYPE.eq(OrderType.ORDER_A),
                            COMBINED_V3_TRADES.ORDER_A_TICKET).otherwise(COMBINED_V3_TRADES.ORDER_B_TICKET))
                    .from(LEGACY_TRADE_IMPORTS)
                    .join(COMBINED_V3_TRADES).on(COMBINED_V3_TRADES.ID.eq(LEGACY_TRADE_IMPORTS.TRADE_ID))
                    .forEach(r -> tickets.put(r.value1(), r.value2()));
            return tickets;
        });
    }

    /** Every ticket a trade already holds (either order's or the parent ticket), with that trade's id. */
    public Map<Long, Long> ticketsInUse() {
        return db.read(ctx -> {
            Map<Long, Long> tickets = new HashMap<>();
            ctx.select(COMBINED_V3_TRADES.ID, COMBINED_V3_TRADES.ORDER_A_TICKET, COMBINED_V3_TRADES.ORDER_B_TICKET,
                            COMBINED_V3_TRADES.MT5_PARENT_TICKET)
                    .from(COMBINED_V3_TRADES)
                    .forEach(r -> {
                        for (Long ticket : new Long[] {r.value2(), r.value3(), r.value4()}) {
                            if (ticket != null) {
                                tickets.putIfAbsent(ticket, r.value1());
                            }
                        }
                    });
            return tickets;
        });
    }

    /**
     * Inserts the trades and links each one's legacy rows, in one transaction: all of them or,
     * if any is refused (a legacy row already linked, a ticket already taken), none.
     *
     * @return the new trades' ids, in the order given
     */
    public List<Long> importTrades(List<ImportedTrade> trades) {
        ValueChecks.notNull("trades", trades);
        Set<Long> sourceIds = new HashSet<>();
        for (ImportedTrade trade : trades) {
            for (ImportedOrder order : new ImportedOrder[] {trade.orderA(), trade.orderB()}) {
                if (order != null && !sourceIds.add(order.sourceId())) {
                    throw new IllegalArgumentException("legacy id " + order.sourceId() + " is in two imported orders");
                }
            }
        }
        if (trades.isEmpty()) {
            return List.of();
        }
        return db.writeAndGet(ctx -> {
            // One prepared insert run as a JDBC batch. The transaction began IMMEDIATE, so no one else
            // inserts meanwhile, and AUTOINCREMENT ids only grow: the new trades are the rows above
            // the highest id before, in the order they were inserted.
            long before = ctx.select(DSL.coalesce(DSL.max(COMBINED_V3_TRADES.ID), 0L)).from(COMBINED_V3_TRADES)
                    .fetchSingle().value1();
            BatchBindStep rows = ctx.batch(ctx.insertInto(COMBINED_V3_TRADES, COLUMNS).values(new Object[COLUMNS.length]));
            for (ImportedTrade trade : trades) {
                rows = rows.bind(values(trade));
            }
            rows.execute();
            List<Long> ids = ctx.select(COMBINED_V3_TRADES.ID).from(COMBINED_V3_TRADES)
                    .where(COMBINED_V3_TRADES.ID.gt(before)).orderBy(COMBINED_V3_TRADES.ID).fetch(COMBINED_V3_TRADES.ID);
            if (ids.size() != trades.size()) {
                throw new IllegalStateException("inserted " + trades.size() + " imported trades but found " + ids.size()
                        + " new rows in combined_v3_trades");
            }
            BatchBindStep links = ctx.batch(ctx.insertInto(LEGACY_TRADE_IMPORTS,
                    LEGACY_TRADE_IMPORTS.LEGACY_ID, LEGACY_TRADE_IMPORTS.TRADE_ID, LEGACY_TRADE_IMPORTS.ORDER_TYPE)
                    .values((Long) null, (Long) null, (OrderType) null));
            for (int i = 0; i < trades.size(); i++) {
                ImportedTrade trade = trades.get(i);
                if (trade.orderA() != null) {
                    links = links.bind(trade.orderA().sourceId(), ids.get(i), OrderType.ORDER_A);
                }
                if (trade.orderB() != null) {
                    links = links.bind(trade.orderB().sourceId(), ids.get(i), OrderType.ORDER_B);
                }
            }
            links.execute();
            return ids;
        });
    }

    private static final Field<?>[] COLUMNS = {
        COMBINED_V3_TRADES.ORDER_A_TICKET, COMBINED_V3_TRADES.ORDER_B_TICKET, COMBINED_V3_TRADES.MT5_PARENT_TICKET,
        COMBINED_V3_TRADES.SYMBOL, COMBINED_V3_TRADES.DIRECTION, COMBINED_V3_TRADES.ENTRY_PRICE,
        COMBINED_V3_TRADES.ENTRY_TIME, COMBINED_V3_TRADES.EXIT_TIME, COMBINED_V3_TRADES.STATUS,
        COMBINED_V3_TRADES.SIGNAL_TYPE, COMBINED_V3_TRADES.LOGIC_ROUTE, COMBINED_V3_TRADES.LOGIC_MULTIPLIER,
        COMBINED_V3_TRADES.ORDER_A_LOT_SIZE, COMBINED_V3_TRADES.ORDER_B_LOT_SIZE,
        COMBINED_V3_TRADES.ORDER_A_SL_PRICE, COMBINED_V3_TRADES.ORDER_B_SL_PRICE,
        COMBINED_V3_TRADES.ORDER_A_TP_PRICE, COMBINED_V3_TRADES.ORDER_B_TP_PRICE,
        COMBINED_V3_TRADES.ORDER_A_EXIT_PRICE, COMBINED_V3_TRADES.ORDER_A_PROFIT_DOLLARS,
        COMBINED_V3_TRADES.ORDER_A_STATUS, COMBINED_V3_TRADES.ORDER_B_EXIT_PRICE,
        COMBINED_V3_TRADES.ORDER_B_PROFIT_DOLLARS, COMBINED_V3_TRADES.ORDER_B_STATUS,
        COMBINED_V3_TRADES.TOTAL_PROFIT_DOLLARS, COMBINED_V3_TRADES.NOTES,
    };

    /** The trade's values for {@link #COLUMNS}, in their order. */
    private static Object[] values(ImportedTrade t) {
        ImportedOrder a = t.orderA();
        ImportedOrder b = t.orderB();
        return new Object[] {
            a == null ? null : a.ticket(), b == null ? null : b.ticket(), t.parentTicket(),
            t.symbol(), t.direction(), t.entryPrice(),
            t.entryTime(), t.exitTime(), t.status(),
            t.signalType(), t.logicRoute(), V3TradeStore.multiplier(t.logicRoute()),
            a == null ? null : a.lotSize(), b == null ? null : b.lotSize(),
            a == null ? null : a.slPrice(), b == null ? null : b.slPrice(),
            a == null ? null : a.tpPrice(), b == null ? null : b.tpPrice(),
            a == null ? null : a.exitPrice(), a == null ? null : a.profitDollars(),
            t.orderAStatus(), b == null ? null : b.exitPrice(),
            b == null ? null : b.profitDollars(), t.orderBStatus(),
            t.totalProfitDollars(), t.notes(),
        };
    }
}
