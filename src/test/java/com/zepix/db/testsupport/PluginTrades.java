package com.zepix.db.testsupport;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.TradeStatus;
import java.time.LocalDateTime;

/** Writes plugin trades straight through the service, for tests of what reads them (sync, stats). */
public final class PluginTrades {

    private final DatabaseService db;

    public PluginTrades(DatabaseService db) {
        this.db = db;
    }

    public long v3(Long parentTicket, Long orderATicket, LocalDateTime entry, TradeStatus status, Double profit,
            LogicRoute route) {
        boolean closed = status == TradeStatus.CLOSED;
        return db.plugin(DatabaseKey.V3_COMBINED).writeAndGet(ctx -> ctx.insertInto(COMBINED_V3_TRADES)
                .set(COMBINED_V3_TRADES.MT5_PARENT_TICKET, parentTicket)
                .set(COMBINED_V3_TRADES.ORDER_A_TICKET, orderATicket)
                .set(COMBINED_V3_TRADES.SYMBOL, "EURUSD")
                .set(COMBINED_V3_TRADES.DIRECTION, Direction.BUY)
                .set(COMBINED_V3_TRADES.ENTRY_PRICE, 1.08)
                .set(COMBINED_V3_TRADES.ENTRY_TIME, entry)
                .set(COMBINED_V3_TRADES.EXIT_TIME, closed ? entry.plusHours(1) : null)
                .set(COMBINED_V3_TRADES.STATUS, status)
                .set(COMBINED_V3_TRADES.ORDER_A_STATUS, status == TradeStatus.OPEN ? OrderStatus.OPEN : OrderStatus.CLOSED)
                .set(COMBINED_V3_TRADES.ORDER_B_STATUS, closed ? OrderStatus.CLOSED : OrderStatus.OPEN)
                .set(COMBINED_V3_TRADES.SIGNAL_TYPE, "Liquidity_Trap")
                .set(COMBINED_V3_TRADES.LOGIC_ROUTE, route)
                .set(COMBINED_V3_TRADES.ORDER_A_LOT_SIZE, 0.1)
                .set(COMBINED_V3_TRADES.ORDER_B_LOT_SIZE, 0.2)
                .set(COMBINED_V3_TRADES.TOTAL_PROFIT_DOLLARS, profit)
                .returning(COMBINED_V3_TRADES.ID).fetchSingle(COMBINED_V3_TRADES.ID));
    }

    public long m1(Long orderBTicket, LocalDateTime entry, boolean closed, Double profit) {
        return db.plugin(DatabaseKey.V6_PRICE_ACTION_1M).writeAndGet(ctx -> ctx.insertInto(PRICE_ACTION_1M_TRADES)
                .set(PRICE_ACTION_1M_TRADES.ORDER_B_TICKET, orderBTicket)
                .set(PRICE_ACTION_1M_TRADES.SYMBOL, "XAUUSD").set(PRICE_ACTION_1M_TRADES.DIRECTION, Direction.SELL)
                .set(PRICE_ACTION_1M_TRADES.LOT_SIZE, 0.05).set(PRICE_ACTION_1M_TRADES.ENTRY_PRICE, 2600.0)
                .set(PRICE_ACTION_1M_TRADES.ENTRY_TIME, entry)
                .set(PRICE_ACTION_1M_TRADES.EXIT_TIME, closed ? entry.plusMinutes(3) : null)
                .set(PRICE_ACTION_1M_TRADES.STATUS, closed ? OrderStatus.CLOSED : OrderStatus.OPEN)
                .set(PRICE_ACTION_1M_TRADES.PROFIT_DOLLARS, profit)
                .returning(PRICE_ACTION_1M_TRADES.ID).fetchSingle(PRICE_ACTION_1M_TRADES.ID));
    }

    public long m5(Long orderATicket, Long orderBTicket, LocalDateTime entry, TradeStatus status, Double profit) {
        return db.plugin(DatabaseKey.V6_PRICE_ACTION_5M).writeAndGet(ctx -> ctx.insertInto(PRICE_ACTION_5M_TRADES)
                .set(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET, orderATicket)
                .set(PRICE_ACTION_5M_TRADES.ORDER_B_TICKET, orderBTicket)
                .set(PRICE_ACTION_5M_TRADES.SYMBOL, "EURUSD").set(PRICE_ACTION_5M_TRADES.DIRECTION, Direction.BUY)
                .set(PRICE_ACTION_5M_TRADES.ENTRY_PRICE, 1.09).set(PRICE_ACTION_5M_TRADES.ENTRY_TIME, entry)
                .set(PRICE_ACTION_5M_TRADES.EXIT_TIME, status == TradeStatus.CLOSED ? entry.plusMinutes(30) : null)
                .set(PRICE_ACTION_5M_TRADES.STATUS, status)
                .set(PRICE_ACTION_5M_TRADES.ORDER_A_LOT_SIZE, 0.1).set(PRICE_ACTION_5M_TRADES.ORDER_B_LOT_SIZE, 0.1)
                .set(PRICE_ACTION_5M_TRADES.TOTAL_PROFIT_DOLLARS, profit)
                .returning(PRICE_ACTION_5M_TRADES.ID).fetchSingle(PRICE_ACTION_5M_TRADES.ID));
    }

    public long m15(Long orderATicket, LocalDateTime entry, boolean closed, Double profit) {
        return db.plugin(DatabaseKey.V6_PRICE_ACTION_15M).writeAndGet(ctx -> ctx.insertInto(PRICE_ACTION_15M_TRADES)
                .set(PRICE_ACTION_15M_TRADES.ORDER_A_TICKET, orderATicket)
                .set(PRICE_ACTION_15M_TRADES.SYMBOL, "USDJPY").set(PRICE_ACTION_15M_TRADES.DIRECTION, Direction.BUY)
                .set(PRICE_ACTION_15M_TRADES.LOT_SIZE, 0.3).set(PRICE_ACTION_15M_TRADES.ENTRY_PRICE, 151.0)
                .set(PRICE_ACTION_15M_TRADES.ENTRY_TIME, entry)
                .set(PRICE_ACTION_15M_TRADES.EXIT_TIME, closed ? entry.plusHours(2) : null)
                .set(PRICE_ACTION_15M_TRADES.STATUS, closed ? OrderStatus.CLOSED : OrderStatus.OPEN)
                .set(PRICE_ACTION_15M_TRADES.PROFIT_DOLLARS, profit)
                .returning(PRICE_ACTION_15M_TRADES.ID).fetchSingle(PRICE_ACTION_15M_TRADES.ID));
    }

    public long h1(Long orderATicket, LocalDateTime entry, boolean closed, Double profit) {
        return db.plugin(DatabaseKey.V6_PRICE_ACTION_1H).writeAndGet(ctx -> ctx.insertInto(PRICE_ACTION_1H_TRADES)
                .set(PRICE_ACTION_1H_TRADES.ORDER_A_TICKET, orderATicket)
                .set(PRICE_ACTION_1H_TRADES.SYMBOL, "GBPJPY").set(PRICE_ACTION_1H_TRADES.DIRECTION, Direction.SELL)
                .set(PRICE_ACTION_1H_TRADES.LOT_SIZE, 0.5).set(PRICE_ACTION_1H_TRADES.ENTRY_PRICE, 190.0)
                .set(PRICE_ACTION_1H_TRADES.ENTRY_TIME, entry)
                .set(PRICE_ACTION_1H_TRADES.EXIT_TIME, closed ? entry.plusHours(6) : null)
                .set(PRICE_ACTION_1H_TRADES.STATUS, closed ? OrderStatus.CLOSED : OrderStatus.OPEN)
                .set(PRICE_ACTION_1H_TRADES.PROFIT_DOLLARS, profit)
                .returning(PRICE_ACTION_1H_TRADES.ID).fetchSingle(PRICE_ACTION_1H_TRADES.ID));
    }
}
