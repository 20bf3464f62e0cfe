package com.zepix.db.ops.legacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes trades of legacy orders: Order A (TP_TRAIL) and Order B (PROFIT_TRAIL) of one signal
 * become one dual trade; every other order becomes a trade of its own. The rule, from what the
 * legacy bot wrote:
 *
 * <ol>
 * <li>Rows with the same ticket are saves of one order (the bot saved an order again when it
 *     changed); the latest (highest id) is the order, the earlier ones are reported as re-saves.
 *     Rows of one ticket with different symbols, directions or order types are not one order:
 *     all of them are skipped and reported.
 * <li>An Order A and an Order B can pair when they have the same symbol and direction, were opened
 *     within {@link #WINDOW} of each other (the bot opened both for one signal within moments), and
 *     no key tells them apart: {@code chain_id}, {@code chain_level} and {@code session_id} are each
 *     equal or missing on one side (older files, and Order B in them, lack some).
 * <li>An Order B with {@code profit_level} above 0 was opened later by a profit-booking chain, not by
 *     a signal: it pairs with nothing. Untyped orders pair with nothing.
 * <li>Among the possible pairs, those sharing a {@code chain_id} are taken first, then the closest in
 *     time, then the lowest ids; each order is in one pair at most.
 * </ol>
 *
 * The result depends only on the rows, so a re-run plans exactly the same trades.
 */
final class LegacyPairing {

    static final Duration WINDOW = Duration.ofSeconds(30);

    /**
     * Each ticket's latest save, the earlier saves it supersedes, and the rows of tickets whose
     * saves disagree (skipped).
     */
    record LatestSaves(List<LegacyOrder> orders, List<SkippedRow> superseded, List<SkippedRow> conflicting) {
    }

    private record Candidate(LegacyOrder a, LegacyOrder b, boolean sameChain, long gapNanos) {
    }

    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparing((Candidate c) -> !c.sameChain())
            .thenComparingLong(Candidate::gapNanos)
            .thenComparingLong(c -> c.a().legacyId())
            .thenComparingLong(c -> c.b().legacyId());

    private LegacyPairing() {
    }

    /** Rule 2 to 4, on orders that rule 1 ({@link #latestSaves}) has left, in legacy id order. */
    static List<PlannedTrade> pair(List<LegacyOrder> latest) {

        Map<String, List<LegacyOrder>> bsByMarket = new HashMap<>();
        for (LegacyOrder o : latest) {
            if (o.side() == LegacyOrder.Side.B && o.profitLevel() <= 0) {
                bsByMarket.computeIfAbsent(market(o), k -> new ArrayList<>()).add(o);
            }
        }
        bsByMarket.values().forEach(bs -> bs.sort(Comparator.comparing(LegacyOrder::openTime)
                .thenComparingLong(LegacyOrder::legacyId)));

        List<Candidate> candidates = new ArrayList<>();
        for (LegacyOrder a : latest) {
            if (a.side() != LegacyOrder.Side.A) {
                continue;
            }
            List<LegacyOrder> bs = bsByMarket.getOrDefault(market(a), List.of());
            for (int i = firstAtOrAfter(bs, a.openTime().minus(WINDOW)); i < bs.size(); i++) {
                LegacyOrder b = bs.get(i);
                if (b.openTime().isAfter(a.openTime().plus(WINDOW))) {
                    break;
                }
                if (a.couldPairWith(b, WINDOW)) {
                    candidates.add(new Candidate(a, b, a.sameChain(b),
                            Duration.between(a.openTime(), b.openTime()).abs().toNanos()));
                }
            }
        }
        candidates.sort(PREFERENCE);

        Set<Long> paired = new HashSet<>();
        Map<Long, PlannedTrade> byFirstId = new HashMap<>();
        for (Candidate c : candidates) {
            if (!paired.contains(c.a().legacyId()) && !paired.contains(c.b().legacyId())) {
                paired.add(c.a().legacyId());
                paired.add(c.b().legacyId());
                byFirstId.put(Math.min(c.a().legacyId(), c.b().legacyId()), new PlannedTrade(c.a(), c.b()));
            }
        }
        List<PlannedTrade> trades = new ArrayList<>();
        for (LegacyOrder o : latest) {
            PlannedTrade pair = byFirstId.get(o.legacyId());
            if (pair != null) {
                trades.add(pair);
            } else if (!paired.contains(o.legacyId())) {
                trades.add(o.side() == LegacyOrder.Side.B ? new PlannedTrade(null, o) : new PlannedTrade(o, null));
            }
        }
        return trades;
    }

    /**
     * Rule 1: the orders in legacy id order, each ticket's latest save only. Saves of one order
     * agree on its symbol, direction and order side; rows of one ticket that disagree are not saves
     * of one order (a damaged row, or another account's file merged in), so none of them is imported
     * and each is reported as skipped.
     */
    static LatestSaves latestSaves(List<LegacyOrder> orders) {
        List<SkippedRow> superseded = new ArrayList<>();
        List<SkippedRow> conflicting = new ArrayList<>();
        Map<Long, LegacyOrder> latestByTicket = new HashMap<>();
        Set<Long> disagreeing = new HashSet<>();
        for (LegacyOrder o : orders) {
            LegacyOrder other = latestByTicket.get(o.ticket());
            if (other != null && !sameOrder(other, o)) {
                disagreeing.add(o.ticket());
            }
            latestByTicket.merge(o.ticket(), o, (x, y) -> x.legacyId() >= y.legacyId() ? x : y);
        }
        Map<Long, List<Long>> idsOfDisagreeing = new HashMap<>();
        for (LegacyOrder o : orders) {
            if (disagreeing.contains(o.ticket())) {
                idsOfDisagreeing.computeIfAbsent(o.ticket(), k -> new ArrayList<>()).add(o.legacyId());
            }
        }
        List<LegacyOrder> latest = new ArrayList<>();
        for (LegacyOrder o : orders.stream().sorted(Comparator.comparingLong(LegacyOrder::legacyId)).toList()) {
            LegacyOrder kept = latestByTicket.get(o.ticket());
            if (disagreeing.contains(o.ticket())) {
                List<Long> ids = idsOfDisagreeing.get(o.ticket()).stream().sorted().toList();
                conflicting.add(new SkippedRow(o.legacyId(), "trade_id", String.valueOf(o.ticket()),
                        "legacy ids " + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                                + " hold this ticket with a different symbol, direction or order_type, so they are"
                                + " not saves of one order and none is imported"));
            } else if (kept == o) {
                latest.add(o);
            } else {
                superseded.add(new SkippedRow(o.legacyId(), "trade_id", String.valueOf(o.ticket()),
                        "the same ticket is saved again as legacy id " + kept.legacyId()
                                + "; that latest save is imported"));
            }
        }
        return new LatestSaves(latest, superseded, conflicting);
    }

    private static boolean sameOrder(LegacyOrder x, LegacyOrder y) {
        return x.symbol().equals(y.symbol()) && x.direction() == y.direction() && x.side() == y.side();
    }

    private static String market(LegacyOrder o) {
        return o.symbol() + '\u0000' + o.direction();
    }

    private static int firstAtOrAfter(List<LegacyOrder> sorted, java.time.LocalDateTime time) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).openTime().isBefore(time)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
