package com.zepix.db.logging;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.IsolationViolationException;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.ops.backup.RestoreOperation;
import com.zepix.db.ops.backup.RestoreRefusedException;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.ops.sync.TradeSync;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import com.zepix.db.v6.TradeClose;
import com.zepix.db.v6.TradeEntry;
import com.zepix.db.v6.m15.IntradayTradeOpen;
import com.zepix.db.v6.m15.IntradayTradeStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child JVM for {@link LibraryLoggingTest}: runs what the library logs (init, writes and reads, a
 * refused statement, a sync, a refused restore) under whatever SLF4J levels the test passes in.
 * java.util.logging reads its configuration once, at start-up, so each level set needs its own JVM.
 */
public final class LoggingChild {

    private LoggingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        new InitOperation(dataDir).run();
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            PluginDatabase m15 = db.plugin(DatabaseKey.V6_PRICE_ACTION_15M);
            IntradayTradeStore trades = new IntradayTradeStore(m15);
            trades.open(new IntradayTradeOpen(777_000_001L, new TradeEntry("EURUSD", Direction.BUY, 0.1, 1.0850,
                    1.0800, 1.0950), 60, 3, 1));
            trades.close(777_000_001L, new TradeClose(1.0950, 100.0, "TP"));
            m15.read(ctx -> ctx.fetchCount(PRICE_ACTION_15M_TRADES));
            // a signal's insert is rendered once and run on JDBC (RenderedInsert): logged all the same
            new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED))
                    .logSkipped(new V3Signal("Liquidity_Trap", "GBPUSD", Direction.SELL, "5", 4, "{}"), "outside session");
            try {
                m15.read(ctx -> ctx.fetchCount(PRICE_ACTION_1M_TRADES));
            } catch (IsolationViolationException expected) {
                System.out.println("refused as expected");
            }
        }
        new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC()).runOnce();
        Path notADatabase = Files.writeString(dataDir.resolve("not-a-backup.db"), "just text");
        try {
            new RestoreOperation(dataDir, notADatabase, Clock.systemUTC()).run();
        } catch (RestoreRefusedException expected) {
            System.out.println("restore refused as expected");
        }
    }
}
