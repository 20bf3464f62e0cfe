package com.zepix.examples.m15;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;

import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.jooq.tables.pojos.PriceAction_15mTrades;
import com.zepix.db.v6.m15.IntradayTradeOpen;
import com.zepix.db.v6.m15.IntradayTradeStore;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A small 15m plugin's data side. The bot hands it its handle,
 * {@code db.plugin(DatabaseKey.V6_PRICE_ACTION_15M)}; everything it does goes through that handle,
 * so it can reach its own table and the shared V6 tables, and nothing else.
 */
public final class IntradayPlugin {

    private static final int CONFIDENCE = 70;

    private final PluginDatabase db;
    private final IntradayTradeStore trades;

    public IntradayPlugin(PluginDatabase db) {
        this.db = db;
        this.trades = new IntradayTradeStore(db);
    }

    /** Enters a trade through the library's store: it checks the values and returns the stored row. */
    public PriceAction_15mTrades enter(long orderATicket, String symbol, Direction direction, double lots,
            double price) {
        TradeEntry entry = new TradeEntry(symbol, direction, lots, price, null, null);
        return trades.open(new IntradayTradeOpen(orderATicket, entry, CONFIDENCE, null, null));
    }

    public PriceAction_15mTrades exit(long orderATicket, double price, double profitDollars, String reason) {
        return trades.close(orderATicket, new TradeClose(price, profitDollars, reason));
    }

    /**
     * The plugin's own query over its own table, checked by the compiler against the generated
     * table class: a renamed column would fail this build, not the bot at run time.
     */
    public List<WinRate> winRateBySymbol() {
        var t = PRICE_ACTION_15M_TRADES;
        Field<Integer> closed = DSL.count();
        Field<Integer> winners = DSL.count().filterWhere(t.PROFIT_DOLLARS.gt(0.0));
        return db.read(ctx -> ctx.select(t.SYMBOL, closed, winners)
                .from(t)
                .where(t.STATUS.eq(OrderStatus.CLOSED))
                .groupBy(t.SYMBOL)
                .orderBy(t.SYMBOL)
                .fetch(r -> new WinRate(r.value1(), r.value2(), r.value3(), 100.0 * r.value3() / r.value2())));
    }
}
