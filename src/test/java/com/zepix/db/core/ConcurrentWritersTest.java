package com.zepix.db.core;

import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_SIGNALS_LOG;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;
import static com.zepix.db.v6.jooq.Tables.V6_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.V3TradeStoreTest;
import com.zepix.db.v3.V3TradeStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five plugins writing at once: V3 into its own file, the four V6 timeframes into their shared
 * file. Every commit must land, none may fail with SQLITE_BUSY, whatever the interleaving.
 */
class ConcurrentWritersTest {

    private static final int TRADES_PER_WRITER = 2_000;

    @TempDir
    Path dir;

    @Test
    void five_writers_lose_nothing_and_never_see_busy() throws Exception {
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            V3TradeStore v3 = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED));
            List<Callable<Integer>> writers = new ArrayList<>();
            writers.add(() -> {
                for (int i = 1; i <= TRADES_PER_WRITER; i++) {
                    v3.open(V3TradeStoreTest.trade(i * 10L, i * 10L + 1, i * 10L + 2),
                            V3TradeStoreTest.signal("{\"n\":" + i + "}"));
                }
                return TRADES_PER_WRITER;
            });
            writers.add(v6Writer(db, DatabaseKey.V6_PRICE_ACTION_1M, ctx -> ctx.insertInto(PRICE_ACTION_1M_TRADES)
                    .set(PRICE_ACTION_1M_TRADES.SYMBOL, "XAUUSD").set(PRICE_ACTION_1M_TRADES.DIRECTION, Direction.BUY)
                    .set(PRICE_ACTION_1M_TRADES.LOT_SIZE, 0.01).set(PRICE_ACTION_1M_TRADES.ENTRY_PRICE, 2600.0).execute()));
            writers.add(v6Writer(db, DatabaseKey.V6_PRICE_ACTION_5M, ctx -> ctx.insertInto(PRICE_ACTION_5M_TRADES)
                    .set(PRICE_ACTION_5M_TRADES.SYMBOL, "EURUSD").set(PRICE_ACTION_5M_TRADES.DIRECTION, Direction.SELL)
                    .set(PRICE_ACTION_5M_TRADES.ENTRY_PRICE, 1.08).execute()));
            writers.add(v6Writer(db, DatabaseKey.V6_PRICE_ACTION_15M, ctx -> ctx.insertInto(PRICE_ACTION_15M_TRADES)
                    .set(PRICE_ACTION_15M_TRADES.SYMBOL, "USDJPY").set(PRICE_ACTION_15M_TRADES.DIRECTION, Direction.BUY)
                    .set(PRICE_ACTION_15M_TRADES.LOT_SIZE, 0.2).set(PRICE_ACTION_15M_TRADES.ENTRY_PRICE, 151.0).execute()));
            writers.add(v6Writer(db, DatabaseKey.V6_PRICE_ACTION_1H, ctx -> ctx.insertInto(PRICE_ACTION_1H_TRADES)
                    .set(PRICE_ACTION_1H_TRADES.SYMBOL, "GBPJPY").set(PRICE_ACTION_1H_TRADES.DIRECTION, Direction.SELL)
                    .set(PRICE_ACTION_1H_TRADES.LOT_SIZE, 0.5).set(PRICE_ACTION_1H_TRADES.ENTRY_PRICE, 190.0).execute()));

            long started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(writers.size() + 1);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> writer : writers) {
                results.add(pool.submit(() -> {
                    go.await();
                    return writer.call();
                }));
            }
            // a reader alongside the writers: WAL lets it read while they commit
            Future<Integer> reads = pool.submit(() -> {
                go.await();
                int n = 0;
                while (!results.stream().allMatch(Future::isDone)) {
                    db.plugin(DatabaseKey.V6_PRICE_ACTION_1M).read(ctx -> ctx.fetchCount(V6_SIGNALS_LOG));
                    n++;
                }
                return n;
            });
            go.countDown();
            List<Throwable> errors = new ArrayList<>();
            for (Future<Integer> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.add(e.getCause());
                }
            }
            int readCount = reads.get();
            pool.shutdown();
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(errors).as("writer errors").isEmpty();
            assertThat(count(db, DatabaseKey.V3_COMBINED, COMBINED_V3_TRADES)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V3_COMBINED, V3_SIGNALS_LOG)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V6_PRICE_ACTION_1M, PRICE_ACTION_1M_TRADES)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V6_PRICE_ACTION_5M, PRICE_ACTION_5M_TRADES)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V6_PRICE_ACTION_15M, PRICE_ACTION_15M_TRADES)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V6_PRICE_ACTION_1H, PRICE_ACTION_1H_TRADES)).isEqualTo(TRADES_PER_WRITER);
            assertThat(count(db, DatabaseKey.V6_PRICE_ACTION_1H, V6_SIGNALS_LOG)).isEqualTo(4 * TRADES_PER_WRITER);
            System.out.printf("ConcurrentWritersTest: 5 writers x %d trades+signals (%d rows) in %d ms, %d reads alongside%n",
                    TRADES_PER_WRITER, 10 * TRADES_PER_WRITER, millis, readCount);
        }
    }

    /** One V6 plugin: each transaction a trade in its own table plus its signal in the shared log. */
    private static Callable<Integer> v6Writer(DatabaseService db, DatabaseKey key, java.util.function.Consumer<DSLContext> insertTrade) {
        return () -> {
            for (int i = 0; i < TRADES_PER_WRITER; i++) {
                db.plugin(key).write(ctx -> {
                    insertTrade.accept(ctx);
                    ctx.insertInto(V6_SIGNALS_LOG).set(V6_SIGNALS_LOG.SIGNAL_TYPE, "BULLISH_ENTRY")
                            .set(V6_SIGNALS_LOG.SYMBOL, key.id()).set(V6_SIGNALS_LOG.PROCESSED, true)
                            .set(V6_SIGNALS_LOG.TRADE_PLACED, true).execute();
                });
            }
            return TRADES_PER_WRITER;
        };
    }

    private static int count(DatabaseService db, DatabaseKey key, org.jooq.Table<?> table) {
        return db.plugin(key).<Integer>read(ctx -> ctx.fetchCount(table));
    }

}
