package com.zepix.db.v3;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_PROFIT_BOOKINGS;

import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.OrderType;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.ValueChecks;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.v3.jooq.tables.pojos.CombinedV3Trades;
import com.zepix.db.v3.jooq.tables.pojos.V3ProfitBookings;
import com.zepix.db.v3.jooq.tables.records.CombinedV3TradesRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The V3 plugin's dual-order trades ({@code combined_v3_trades}, {@code v3_profit_bookings}). A
 * trade is one row holding both orders; it is PARTIAL once one order has closed and CLOSED when
 * both have, with the pair's profit summed. Every method returns detached values (the generated
 * immutable pojos), never records still attached to a connection.
 */
public final class V3TradeStore {

    private final PluginDatabase db;

    /**
     * A store over the V3 plugin's handle, {@code db.plugin(DatabaseKey.V3_COMBINED)}.
     *
     * @throws IllegalArgumentException if the handle is another key's
     */
    public V3TradeStore(PluginDatabase v3) {
        this.db = v3.requireAccessTo(COMBINED_V3_TRADES);
    }

    /**
     * Opens both orders, and logs the signal that placed them when there is one, in one
     * transaction: if any part is refused, nothing of the entry is stored.
     *
     * @param placedBy the signal that placed the trade, or {@code null}
     * @return the trade as stored, OPEN, with its new id
     */
    public CombinedV3Trades open(NewDualTrade trade, V3Signal placedBy) {
        ValueChecks.notNull("trade", trade);
        return db.writeAndGet(ctx -> {
            long id = insertTrade(ctx, trade);
            if (placedBy != null) {
                V3SignalLog.insert(ctx, placedBy, true, id, null);
            }
            return existing(ctx, id).into(CombinedV3Trades.class);
        });
    }

    /** Opens both orders of a trade that no logged signal placed; see {@link #open(NewDualTrade, V3Signal)}. */
    public CombinedV3Trades open(NewDualTrade trade) {
        return open(trade, null);
    }

    /**
     * Closes one order of the pair; the trade becomes PARTIAL, or CLOSED once both orders are, and
     * then carries the exit time and the second close's reason.
     *
     * @return the trade as now stored
     * @throws IllegalArgumentException for an unknown trade or an order already closed; nothing is written then
     */
    public CombinedV3Trades closeOrder(long tradeId, OrderType order, OrderClose close) {
        ValueChecks.notNull("order_type", order);
        ValueChecks.notNull("close", close);
        return db.writeAndGet(ctx -> {
            CombinedV3TradesRecord trade = existing(ctx, tradeId);
            boolean a = order == OrderType.ORDER_A;
            OrderStatus current = a ? trade.getOrderAStatus() : trade.getOrderBStatus();
            if (current == OrderStatus.CLOSED) {
                throw new IllegalArgumentException(order + " of trade " + tradeId + " is already closed");
            }
            if (a) {
                trade.setOrderAExitPrice(close.exitPrice());
                trade.setOrderAProfitDollars(close.profitDollars());
                trade.setOrderAStatus(OrderStatus.CLOSED);
            } else {
                trade.setOrderBExitPrice(close.exitPrice());
                trade.setOrderBProfitDollars(close.profitDollars());
                trade.setOrderBStatus(OrderStatus.CLOSED);
            }
            boolean bothClosed = trade.getOrderAStatus() == OrderStatus.CLOSED
                    && trade.getOrderBStatus() == OrderStatus.CLOSED;
            trade.setTotalProfitDollars(orZero(trade.getOrderAProfitDollars()) + orZero(trade.getOrderBProfitDollars()));
            trade.setStatus(bothClosed ? TradeStatus.CLOSED : TradeStatus.PARTIAL);
            if (bothClosed) {
                trade.setExitTime(UtcTimestamps.now());
                trade.setCloseReason(close.reason());
            }
            trade.update();
            return trade.into(CombinedV3Trades.class);
        });
    }

    /**
     * Records a partial close of one order of an open trade; the trade's own columns do not change.
     *
     * @return the booking as stored, timed now in UTC
     * @throws IllegalArgumentException for an unknown or closed trade
     */
    public V3ProfitBookings bookProfit(ProfitBooking booking) {
        ValueChecks.notNull("booking", booking);
        return db.writeAndGet(ctx -> {
            CombinedV3TradesRecord trade = existing(ctx, booking.tradeId());
            if (trade.getStatus() == TradeStatus.CLOSED) {
                throw new IllegalArgumentException("trade " + booking.tradeId() + " is already closed");
            }
            return ctx.insertInto(V3_PROFIT_BOOKINGS)
                    .set(V3_PROFIT_BOOKINGS.TRADE_ID, booking.tradeId())
                    .set(V3_PROFIT_BOOKINGS.ORDER_TYPE, booking.order())
                    .set(V3_PROFIT_BOOKINGS.BOOKING_TIME, UtcTimestamps.now())
                    .set(V3_PROFIT_BOOKINGS.CLOSED_PERCENTAGE, booking.closedPercentage())
                    .set(V3_PROFIT_BOOKINGS.CLOSED_VOLUME, booking.closedVolume())
                    .set(V3_PROFIT_BOOKINGS.PROFIT_DOLLARS, booking.profitDollars())
                    .set(V3_PROFIT_BOOKINGS.REASON, booking.reason())
                    .returning()
                    .fetchSingleInto(V3ProfitBookings.class);
        });
    }

    /** Trades with at least one order still open (OPEN or PARTIAL), oldest first. */
    public List<CombinedV3Trades> findOpen() {
        return db.read(ctx -> ctx.selectFrom(COMBINED_V3_TRADES)
                .where(COMBINED_V3_TRADES.STATUS.in(TradeStatus.OPEN, TradeStatus.PARTIAL))
                .orderBy(COMBINED_V3_TRADES.ENTRY_TIME, COMBINED_V3_TRADES.ID)
                .fetchInto(CombinedV3Trades.class));
    }

    /** The trade that either order's ticket, or the pair's parent ticket, belongs to. */
    public Optional<CombinedV3Trades> findByTicket(long ticket) {
        return db.read(ctx -> ctx.selectFrom(COMBINED_V3_TRADES)
                .where(COMBINED_V3_TRADES.ORDER_A_TICKET.eq(ticket)
                        .or(COMBINED_V3_TRADES.ORDER_B_TICKET.eq(ticket))
                        .or(COMBINED_V3_TRADES.MT5_PARENT_TICKET.eq(ticket)))
                .orderBy(COMBINED_V3_TRADES.ID)
                .limit(1)
                .fetchOptionalInto(CombinedV3Trades.class));
    }

    /** The trade with this id, or empty. */
    public Optional<CombinedV3Trades> findById(long tradeId) {
        return db.read(ctx -> ctx.selectFrom(COMBINED_V3_TRADES)
                .where(COMBINED_V3_TRADES.ID.eq(tradeId)).fetchOptionalInto(CombinedV3Trades.class));
    }

    private static long insertTrade(DSLContext ctx, NewDualTrade t) {
        return ctx.insertInto(COMBINED_V3_TRADES)
                .set(COMBINED_V3_TRADES.ORDER_A_TICKET, t.orderA().ticket())
                .set(COMBINED_V3_TRADES.ORDER_B_TICKET, t.orderB().ticket())
                .set(COMBINED_V3_TRADES.MT5_PARENT_TICKET, t.parentTicket())
                .set(COMBINED_V3_TRADES.SYMBOL, t.symbol())
                .set(COMBINED_V3_TRADES.DIRECTION, t.direction())
                .set(COMBINED_V3_TRADES.ENTRY_PRICE, t.entryPrice())
                .set(COMBINED_V3_TRADES.ENTRY_TIME, UtcTimestamps.now())
                .set(COMBINED_V3_TRADES.SIGNAL_TYPE, t.signalType())
                .set(COMBINED_V3_TRADES.SIGNAL_TIMEFRAME, t.signalTimeframe())
                .set(COMBINED_V3_TRADES.CONSENSUS_SCORE, t.consensusScore())
                .set(COMBINED_V3_TRADES.POSITION_MULTIPLIER, t.positionMultiplier())
                .set(COMBINED_V3_TRADES.MTF_15M, t.trends().m15())
                .set(COMBINED_V3_TRADES.MTF_1H, t.trends().h1())
                .set(COMBINED_V3_TRADES.MTF_4H, t.trends().h4())
                .set(COMBINED_V3_TRADES.MTF_1D, t.trends().d1())
                .set(COMBINED_V3_TRADES.LOGIC_ROUTE, t.logicRoute())
                .set(COMBINED_V3_TRADES.LOGIC_MULTIPLIER, multiplier(t.logicRoute()))
                .set(COMBINED_V3_TRADES.ORDER_A_LOT_SIZE, t.orderA().lotSize())
                .set(COMBINED_V3_TRADES.ORDER_B_LOT_SIZE, t.orderB().lotSize())
                .set(COMBINED_V3_TRADES.ORDER_A_SL_PRICE, t.orderA().slPrice())
                .set(COMBINED_V3_TRADES.ORDER_B_SL_PRICE, t.orderB().slPrice())
                .set(COMBINED_V3_TRADES.ORDER_A_TP_PRICE, t.orderA().tpPrice())
                .set(COMBINED_V3_TRADES.ORDER_B_TP_PRICE, t.orderB().tpPrice())
                .set(COMBINED_V3_TRADES.NOTES, t.notes())
                .returning(COMBINED_V3_TRADES.ID)
                .fetchSingle(COMBINED_V3_TRADES.ID);
    }

    private static CombinedV3TradesRecord existing(DSLContext ctx, long tradeId) {
        return ctx.selectFrom(COMBINED_V3_TRADES).where(COMBINED_V3_TRADES.ID.eq(tradeId)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("trade_id " + tradeId + " does not exist"));
    }

    /** The V3 logic routes scale position size: LOGIC1 1.25x, LOGIC2 1.0x, LOGIC3 0.625x. */
    static double multiplier(LogicRoute route) {
        return switch (route) {
            case LOGIC1 -> 1.25;
            case LOGIC2 -> 1.0;
            case LOGIC3 -> 0.625;
        };
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
