package com.zepix.db.ops.legacy;

import com.zepix.db.core.LogicRoute;
import com.zepix.db.v3.ImportedOrder;
import com.zepix.db.v3.ImportedTrade;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a planned trade fills the V3 columns the legacy rows have no value for:
 * {@code signal_type} {@value #SIGNAL_TYPE}; {@code logic_route} from Order A (Order B's when
 * Order A's was assumed); {@code mt5_parent_ticket} Order A's ticket, else Order B's, so central
 * aggregation keys every imported trade; the entry time is the earlier order's open time, the exit
 * time (of a closed trade) the later close time; signal timeframe, consensus, multiplier and MTF
 * trends stay NULL: the legacy bot did not record them. {@code notes} names the legacy ids and any
 * assumption made.
 */
final class LegacyTradeMapping {

    static final String SIGNAL_TYPE = "LEGACY";

    private LegacyTradeMapping() {
    }

    static ImportedTrade toV3(PlannedTrade t) {
        LegacyOrder a = t.orderA();
        LegacyOrder b = t.orderB();
        LegacyOrder first = t.first();
        LegacyOrder routed = a != null && !(a.routeAssumed() && b != null) ? a : b;
        LegacyOrder keyed = a != null ? a : b;
        ImportedOrder orderA = a == null ? null : order(a);
        ImportedOrder orderB = b == null ? null : order(b);
        boolean closed = (a == null || a.status() == com.zepix.db.core.OrderStatus.CLOSED)
                && (b == null || b.status() == com.zepix.db.core.OrderStatus.CLOSED);
        return new ImportedTrade(keyed.ticket(), first.symbol(), first.direction(), keyed.entryPrice(),
                first.openTime(), closed ? laterClose(a, b) : null, SIGNAL_TYPE, routed.logicRoute(), orderA, orderB,
                notes(t, routed));
    }

    private static ImportedOrder order(LegacyOrder o) {
        return new ImportedOrder(o.legacyId(), o.ticket(), o.lotSize(), o.slPrice(), o.tpPrice(), o.exitPrice(), o.pnl(),
                o.status());
    }

    private static LocalDateTime laterClose(LegacyOrder a, LegacyOrder b) {
        LocalDateTime ca = a == null ? null : a.closeTime();
        LocalDateTime cb = b == null ? null : b.closeTime();
        if (ca == null) {
            return cb;
        }
        return cb == null || ca.isAfter(cb) ? ca : cb;
    }

    private static String notes(PlannedTrade t, LegacyOrder routed) {
        List<String> notes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (t.orderA() != null) {
            ids.add(t.orderA().legacyId() + " (Order A)");
        }
        if (t.orderB() != null) {
            ids.add(t.orderB().legacyId() + " (Order B)");
        }
        notes.add("imported from trading_bot.db trades.id " + String.join(", ", ids));
        if (t.orderA() != null && t.orderA().side() == LegacyOrder.Side.UNTYPED) {
            notes.add("the legacy row had no order_type: stored as Order A");
        }
        if (!t.isPair()) {
            notes.add("no partner order in the legacy history");
        }
        if (routed.routeAssumed()) {
            notes.add("no logic_type in the legacy history: " + LogicRoute.LOGIC2 + " assumed");
        }
        return String.join("; ", notes);
    }
}
