package com.zepix.db.v3;

import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.ValueChecks;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * A V3 trade from an earlier bot's history: both orders, or only the one the history has. It is
 * stored as it was, open or closed, with its own entry and exit times. An absent order's status
 * mirrors the present one's, so the trade is OPEN or CLOSED as that order is, never PARTIAL
 * because of an order that never existed.
 */
public record ImportedTrade(Long parentTicket, String symbol, Direction direction, double entryPrice,
        LocalDateTime entryTime, LocalDateTime exitTime, String signalType, LogicRoute logicRoute,
        ImportedOrder orderA, ImportedOrder orderB, String notes) {

    public ImportedTrade {
        ValueChecks.ticketOrNull("mt5_parent_ticket", parentTicket);
        ValueChecks.notBlank("symbol", symbol);
        ValueChecks.notNull("direction", direction);
        ValueChecks.positive("entry_price", entryPrice);
        ValueChecks.notNull("entry_time", entryTime);
        ValueChecks.notBlank("signal_type", signalType);
        ValueChecks.notNull("logic_route", logicRoute);
        if (orderA == null && orderB == null) {
            throw new IllegalArgumentException("an imported trade needs Order A, Order B or both");
        }
    }

    /** Order A's status; a trade imported with Order B alone gives A its status, so it is never PARTIAL. */
    public OrderStatus orderAStatus() {
        return orderA != null ? orderA.status() : orderB.status();
    }

    /** Order B's status; a trade imported with Order A alone gives B its status, so it is never PARTIAL. */
    public OrderStatus orderBStatus() {
        return orderB != null ? orderB.status() : orderA.status();
    }

    /** CLOSED when both orders are, PARTIAL when one is, else OPEN: what closeOrder would have made of it. */
    public TradeStatus status() {
        boolean a = orderAStatus() == OrderStatus.CLOSED;
        boolean b = orderBStatus() == OrderStatus.CLOSED;
        return a && b ? TradeStatus.CLOSED : a || b ? TradeStatus.PARTIAL : TradeStatus.OPEN;
    }

    /** Both orders' profit summed, or null when neither recorded one. */
    public Double totalProfitDollars() {
        return Stream.of(orderA, orderB).filter(o -> o != null && o.profitDollars() != null)
                .map(ImportedOrder::profitDollars).reduce(Double::sum).orElse(null);
    }
}
