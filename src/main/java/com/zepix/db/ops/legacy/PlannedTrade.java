package com.zepix.db.ops.legacy;

/**
 * What one V3 trade will be made of: Order A and Order B of one signal, or the one order that
 * has no partner. An untyped legacy order travels as Order A.
 *
 * @param orderA null for a single Order B
 * @param orderB null for a single Order A (or untyped order)
 */
record PlannedTrade(LegacyOrder orderA, LegacyOrder orderB) {

    boolean isPair() {
        return orderA != null && orderB != null;
    }

    /** The earlier order: its time is the trade's entry time. */
    LegacyOrder first() {
        if (orderA == null) {
            return orderB;
        }
        if (orderB == null) {
            return orderA;
        }
        return orderB.openTime().isBefore(orderA.openTime()) ? orderB : orderA;
    }

    String describe() {
        if (isPair()) {
            return "pair: legacy id " + orderA.legacyId() + " (Order A, ticket " + orderA.ticket() + ") + legacy id "
                    + orderB.legacyId() + " (Order B, ticket " + orderB.ticket() + ") " + what(first());
        }
        LegacyOrder only = orderA != null ? orderA : orderB;
        String side = only.side() == LegacyOrder.Side.UNTYPED ? "untyped order, as Order A"
                : orderA != null ? "Order A only" : "Order B only";
        return "single: legacy id " + only.legacyId() + " (" + side + ", ticket " + only.ticket() + ") " + what(only);
    }

    private static String what(LegacyOrder o) {
        return o.symbol() + " " + o.direction() + " " + o.logicRoute() + (o.routeAssumed() ? " (assumed)" : "")
                + " at " + o.openTime();
    }
}
