package com.zepix.db.ops.bench;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.v3.DualOrder;
import com.zepix.db.v3.MtfTrends;
import com.zepix.db.v3.NewDualTrade;
import com.zepix.db.v3.V3TradeStore;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.h1.SwingTradeOpen;
import com.zepix.db.v6.h1.SwingTradeStore;
import com.zepix.db.v6.m1.ScalpingTradeOpen;
import com.zepix.db.v6.m1.ScalpingTradeStore;
import com.zepix.db.v6.m15.IntradayTradeOpen;
import com.zepix.db.v6.m15.IntradayTradeStore;
import com.zepix.db.v6.m5.MomentumOrder;
import com.zepix.db.v6.m5.MomentumTradeOpen;
import com.zepix.db.v6.m5.MomentumTradeStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.jooq.Table;

/**
 * Case 3: the five plugins open trades through their stores at once for a fixed time (the four
 * V6 ones share one file). Counts commits, errors, and rows lost (commits the table lacks).
 */
final class ConcurrentWritersBench {

    /** @param commitMillis per writer (by name), how long each of its store calls took to commit */
    record Result(double commitsPerSecond, long commits, long errors, long lostRows, Map<String, Samples> commitMillis) {
    }

    private record Writer(String name, DatabaseKey key, Table<?> table, LongConsumer openTrade) {
    }

    private ConcurrentWritersBench() {
    }

    static Result run(Path dataDir, int millis) throws InterruptedException {
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            List<Writer> writers = writers(db);
            long[] before = new long[writers.size()];
            for (int i = 0; i < writers.size(); i++) {
                before[i] = count(db, writers.get(i));
            }
            AtomicLong commits = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            long[] perWriter = new long[writers.size()];
            List<List<Double>> latencies = new ArrayList<>();
            writers.forEach(w -> latencies.add(new ArrayList<>()));
            long deadline = System.nanoTime() + millis * 1_000_000L;
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (int w = 0; w < writers.size(); w++) {
                int index = w;
                Writer writer = writers.get(w);
                Thread t = new Thread(() -> {
                    long ticket = 1_000_000_000L * (index + 1) + before[index] * 3 + 1;
                    while (System.nanoTime() < deadline) {
                        long callStart = System.nanoTime();
                        try {
                            writer.openTrade().accept(ticket);
                            latencies.get(index).add((System.nanoTime() - callStart) / 1e6);
                            perWriter[index]++;
                            commits.incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        ticket += 3;
                    }
                }, "bench-" + writer.name());
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long lost = 0;
            for (int i = 0; i < writers.size(); i++) {
                lost += before[i] + perWriter[i] - count(db, writers.get(i));
            }
            Map<String, Samples> commitMillis = new LinkedHashMap<>();
            for (int i = 0; i < writers.size(); i++) {
                if (!latencies.get(i).isEmpty()) {
                    commitMillis.put(writers.get(i).name(), new Samples(latencies.get(i)));
                }
            }
            return new Result(commits.get() / seconds, commits.get(), errors.get(), lost, commitMillis);
        }
    }

    private static long count(DatabaseService db, Writer w) {
        return db.plugin(w.key()).<Integer>read(ctx -> ctx.fetchCount(w.table()));
    }

    private static List<Writer> writers(DatabaseService db) {
        V3TradeStore v3 = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED));
        ScalpingTradeStore m1 = new ScalpingTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M));
        MomentumTradeStore m5 = new MomentumTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_5M));
        IntradayTradeStore m15 = new IntradayTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M));
        SwingTradeStore h1 = new SwingTradeStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1H));
        TradeEntry entry = new TradeEntry("EURUSD", Direction.BUY, 0.1, 1.08, 1.07, 1.10);
        return List.of(
                new Writer("v3", DatabaseKey.V3_COMBINED, COMBINED_V3_TRADES, t -> v3.open(new NewDualTrade(
                        t, "EURUSD", Direction.BUY, 1.08, "Bench", "15", 7, 0.8, MtfTrends.UNKNOWN, LogicRoute.LOGIC1,
                        new DualOrder(t + 1, 0.1, null, null), new DualOrder(t + 2, 0.1, null, null), null))),
                new Writer("1m", DatabaseKey.V6_PRICE_ACTION_1M, PRICE_ACTION_1M_TRADES,
                        t -> m1.open(new ScalpingTradeOpen(t, entry, 25.0, 70, 0.8, 40))),
                new Writer("5m", DatabaseKey.V6_PRICE_ACTION_5M, PRICE_ACTION_5M_TRADES,
                        t -> m5.open(new MomentumTradeOpen("EURUSD", Direction.SELL, 1.08,
                                new MomentumOrder(t, 0.1, null, null), new MomentumOrder(t + 1, 0.1, null, null),
                                22.0, 65, true))),
                new Writer("15m", DatabaseKey.V6_PRICE_ACTION_15M, PRICE_ACTION_15M_TRADES,
                        t -> m15.open(new IntradayTradeOpen(t, entry, 60, 4, 1))),
                new Writer("1h", DatabaseKey.V6_PRICE_ACTION_1H, PRICE_ACTION_1H_TRADES,
                        t -> h1.open(new SwingTradeOpen(t, entry, 1, 0))));
    }
}
