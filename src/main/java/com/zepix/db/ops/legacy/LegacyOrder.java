package com.zepix.db.ops.legacy;

import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One legacy row, checked and normalised: an order as the V3 tables can hold it.
 *
 * @param side which order of a dual entry it was, from {@code order_type}
 * @param logicRoute the V3 route: {@code logic_type}, else {@code strategy} when that names a route,
 *     else {@link #ASSUMED_ROUTE}
 * @param routeAssumed the history named no route for it
 * @param chainId {@code chain_id}, null when blank or absent; likewise the other keys
 * @param profitLevel {@code profit_level}: above 0 the row is a later order of a profit-booking chain
 */
record LegacyOrder(long legacyId, long ticket, Side side, String symbol, Direction direction, double entryPrice,
        Double lotSize, Double slPrice, Double tpPrice, Double exitPrice, Double pnl, OrderStatus status,
        LocalDateTime openTime, LocalDateTime closeTime, LogicRoute logicRoute, boolean routeAssumed, String chainId,
        String chainLevel, String sessionId, int profitLevel) {

    static final LogicRoute ASSUMED_ROUTE = LogicRoute.LOGIC2;

    enum Side {
        /** TP_TRAIL: Order A. */
        A,
        /** PROFIT_TRAIL: Order B. */
        B,
        /** No order_type (a bot before dual orders, or a single order): imported as Order A. */
        UNTYPED
    }

    /** Whether this Order A and {@code b} can be the two orders of one signal (see LegacyPairing). */
    boolean couldPairWith(LegacyOrder b, Duration window) {
        return symbol.equals(b.symbol) && direction == b.direction
                && Duration.between(openTime, b.openTime).abs().compareTo(window) <= 0
                && agree(chainId, b.chainId) && agree(chainLevel, b.chainLevel) && agree(sessionId, b.sessionId);
    }

    /** Keys agree unless both are known and differ: older files (or Order B in them) lack some. */
    private static boolean agree(String mine, String theirs) {
        return mine == null || theirs == null || mine.equals(theirs);
    }

    boolean sameChain(LegacyOrder other) {
        return chainId != null && Objects.equals(chainId, other.chainId);
    }
}
