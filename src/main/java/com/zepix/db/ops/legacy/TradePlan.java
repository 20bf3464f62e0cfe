package com.zepix.db.ops.legacy;

import java.time.LocalDateTime;

/**
 * One trade an import makes (or, in a dry run, would make), by the legacy rows it comes from.
 *
 * @param kind {@code pair}, {@code order_a_only}, {@code order_b_only} or {@code untyped_as_order_a}
 * @param orderALegacyId null when there is no Order A; likewise the other order's fields
 * @param logicRouteAssumed the legacy rows named no route, so {@link LegacyOrder#ASSUMED_ROUTE} was taken
 */
public record TradePlan(String kind, Long orderALegacyId, Long orderATicket, Long orderBLegacyId, Long orderBTicket,
        String symbol, String direction, String logicRoute, boolean logicRouteAssumed, LocalDateTime entryTime,
        String describe) {

    static TradePlan of(PlannedTrade t) {
        LegacyOrder a = t.orderA();
        LegacyOrder b = t.orderB();
        LegacyOrder first = t.first();
        String kind = t.isPair() ? "pair" : b != null ? "order_b_only"
                : a.side() == LegacyOrder.Side.UNTYPED ? "untyped_as_order_a" : "order_a_only";
        LegacyOrder routed = a != null && !(a.routeAssumed() && b != null) ? a : b;
        return new TradePlan(kind, a == null ? null : a.legacyId(), a == null ? null : a.ticket(),
                b == null ? null : b.legacyId(), b == null ? null : b.ticket(), first.symbol(),
                first.direction().name(), routed.logicRoute().name(), routed.routeAssumed(), first.openTime(),
                t.describe());
    }
}
