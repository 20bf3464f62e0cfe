package com.zepix.db.v6.m5;

import static com.zepix.db.core.ValueChecks.finite;
import static com.zepix.db.core.ValueChecks.invalid;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.positive;
import static com.zepix.db.v6.jooq.tables.PriceAction_5mTrades.PRICE_ACTION_5M_TRADES;

import com.zepix.db.core.OrderType;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_5mTrades;
import com.zepix.db.v6.jooq.tables.records.PriceAction_5mTradesRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.TableField;

/**
 * The 5M momentum plugin's dual-order trades ({@code price_action_5m_trades}). Each order closes
 * on its own: the first close makes the trade PARTIAL, the second CLOSED. An order counts as
 * closed once its profit is recorded, since the table has no per-order status column.
 * Results are immutable pojos: a record would stay attached to the writing connection.
 */
public final class MomentumTradeStore {

    private enum Order {
        A(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET, PRICE_ACTION_5M_TRADES.ORDER_A_PROFIT_DOLLARS),
        B(PRICE_ACTION_5M_TRADES.ORDER_B_TICKET, PRICE_ACTION_5M_TRADES.ORDER_B_PROFIT_DOLLARS);

        final TableField<PriceAction_5mTradesRecord, Long> ticket;
        final TableField<PriceAction_5mTradesRecord, Double> profit;

        Order(TableField<PriceAction_5mTradesRecord, Long> ticket,
                TableField<PriceAction_5mTradesRecord, Double> profit) {
            this.ticket = ticket;
            this.profit = profit;
        }

        Order other() {
            return this == A ? B : A;
        }

        static Order of(OrderType type) {
            return notNull("order_type", type) == OrderType.ORDER_A ? A : B;
        }
    }

    private final PluginDatabase db;

    /**
     * A store over the 5M plugin's handle, {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_5M)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public MomentumTradeStore(PluginDatabase db) {
        this.db = db.requireAccessTo(PRICE_ACTION_5M_TRADES);
    }

    /**
     * Records both orders in one row, OPEN; entry time takes the schema's default.
     *
     * @return the trade as stored
     * @throws IllegalArgumentException if either ticket is already the other order of a stored trade
     */
    public PriceAction_5mTrades open(MomentumTradeOpen trade) {
        notNull("trade", trade);
        return db.writeAndGet(ctx -> {
            requireTicketsNotCrossUsed(ctx, trade.orderA().ticket(), trade.orderB().ticket());
            ctx.insertInto(PRICE_ACTION_5M_TRADES)
                    .set(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET, trade.orderA().ticket())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_B_TICKET, trade.orderB().ticket())
                    .set(PRICE_ACTION_5M_TRADES.SYMBOL, trade.symbol())
                    .set(PRICE_ACTION_5M_TRADES.DIRECTION, trade.direction())
                    .set(PRICE_ACTION_5M_TRADES.ENTRY_PRICE, trade.entryPrice())
                    .set(PRICE_ACTION_5M_TRADES.ADX, trade.adx())
                    .set(PRICE_ACTION_5M_TRADES.CONFIDENCE_SCORE, trade.confidenceScore())
                    .set(PRICE_ACTION_5M_TRADES.TREND_15M_ALIGNED, trade.trend15mAligned())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_A_LOT_SIZE, trade.orderA().lotSize())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_B_LOT_SIZE, trade.orderB().lotSize())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_A_SL_PRICE, trade.orderA().slPrice())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_B_SL_PRICE, trade.orderB().slPrice())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_A_TP_PRICE, trade.orderA().tpPrice())
                    .set(PRICE_ACTION_5M_TRADES.ORDER_B_TP_PRICE, trade.orderB().tpPrice())
                    .execute();
            // Read back by ticket: jOOQ emulates INSERT ... RETURNING on SQLite with plain SQL,
            // which the isolation guard refuses.
            return selectByTicket(ctx, trade.orderA().ticket()).orElseThrow();
        });
    }

    /**
     * Closes one order of a pair, found by that order's ticket: the trade becomes PARTIAL, or
     * CLOSED (with the exit time and both profits summed) when the other order had closed already.
     *
     * @param closeReason why it closed, or {@code null} to keep the reason stored so far
     * @return the trade as now stored
     * @throws IllegalArgumentException if no trade has this ticket as that order, or that order is closed
     */
    public PriceAction_5mTrades closeOrder(long orderTicket, OrderType order, double profitDollars,
            String closeReason) {
        return close(Order.of(order), orderTicket, profitDollars, closeReason);
    }

    /** Trades with at least one order still open (OPEN or PARTIAL), oldest first. */
    public List<PriceAction_5mTrades> findOpen() {
        return db.read(ctx -> ctx.selectFrom(PRICE_ACTION_5M_TRADES)
                .where(PRICE_ACTION_5M_TRADES.STATUS.ne(TradeStatus.CLOSED))
                .orderBy(PRICE_ACTION_5M_TRADES.ENTRY_TIME, PRICE_ACTION_5M_TRADES.ID)
                .fetchInto(PriceAction_5mTrades.class));
    }

    /** The trade one of whose orders has this ticket. */
    public Optional<PriceAction_5mTrades> findByTicket(long ticket) {
        return db.read(ctx -> selectByTicket(ctx, ticket));
    }

    /** The trade with this row id, or empty. */
    public Optional<PriceAction_5mTrades> findById(long id) {
        return db.read(ctx -> ctx.selectFrom(PRICE_ACTION_5M_TRADES)
                .where(PRICE_ACTION_5M_TRADES.ID.eq(id))
                .fetchOptionalInto(PriceAction_5mTrades.class));
    }

    private static Optional<PriceAction_5mTrades> selectByTicket(DSLContext ctx, long ticket) {
        return ctx.selectFrom(PRICE_ACTION_5M_TRADES)
                .where(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET.eq(ticket)
                        .or(PRICE_ACTION_5M_TRADES.ORDER_B_TICKET.eq(ticket)))
                .fetchOptionalInto(PriceAction_5mTrades.class);
    }

    private PriceAction_5mTrades close(Order order, long ticket, double profitDollars, String closeReason) {
        positive(order.ticket.getName(), ticket);
        finite(order.profit.getName(), profitDollars);
        return db.writeAndGet(ctx -> {
            PriceAction_5mTradesRecord trade = ctx.selectFrom(PRICE_ACTION_5M_TRADES)
                    .where(order.ticket.eq(ticket))
                    .fetchOne();
            if (trade == null) {
                throw invalid(order.ticket.getName(), "must name a trade in " + PRICE_ACTION_5M_TRADES.getName(),
                        ticket);
            }
            if (trade.get(order.profit) != null) {
                throw new IllegalArgumentException("Order " + order + " (" + order.ticket.getName() + " " + ticket
                        + ") is already closed: " + order.profit.getName() + " was " + trade.get(order.profit));
            }
            Double otherProfit = trade.get(order.other().profit);
            boolean tradeCloses = otherProfit != null;
            return ctx.update(PRICE_ACTION_5M_TRADES)
                    .set(order.profit, profitDollars)
                    .set(PRICE_ACTION_5M_TRADES.TOTAL_PROFIT_DOLLARS, profitDollars + (tradeCloses ? otherProfit : 0))
                    .set(PRICE_ACTION_5M_TRADES.STATUS, tradeCloses ? TradeStatus.CLOSED : TradeStatus.PARTIAL)
                    .set(PRICE_ACTION_5M_TRADES.EXIT_TIME, tradeCloses ? UtcTimestamps.now() : null)
                    .set(PRICE_ACTION_5M_TRADES.CLOSE_REASON,
                            closeReason != null ? closeReason : trade.getCloseReason())
                    .where(PRICE_ACTION_5M_TRADES.ID.eq(trade.getId()))
                    .returning()
                    .fetchSingle()
                    .into(PriceAction_5mTrades.class);
        });
    }

    /**
     * MT5 tickets are unique, so a ticket cannot be Order A of one trade and Order B of another;
     * the UNIQUE constraints see each column alone, so this looks across them.
     */
    private static void requireTicketsNotCrossUsed(DSLContext ctx, long orderATicket, long orderBTicket) {
        Long clash = ctx.select(PRICE_ACTION_5M_TRADES.ID)
                .from(PRICE_ACTION_5M_TRADES)
                .where(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET.eq(orderBTicket)
                        .or(PRICE_ACTION_5M_TRADES.ORDER_B_TICKET.eq(orderATicket)))
                .limit(1)
                .fetchOne(PRICE_ACTION_5M_TRADES.ID);
        if (clash != null) {
            throw new IllegalArgumentException("order_a_ticket " + orderATicket + " / order_b_ticket " + orderBTicket
                    + ": one is already the other order of " + PRICE_ACTION_5M_TRADES.getName() + " id " + clash);
        }
    }
}
