package com.zepix.db.fault;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.v3.DualOrder;
import com.zepix.db.v3.MtfTrends;
import com.zepix.db.v3.NewDualTrade;
import com.zepix.db.v3.V3TradeStore;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import java.nio.file.Path;

/**
 * Child process for the crash test: opens trades through the store API as fast as it can and
 * prints each trade's id only after its commit has returned, until it is killed.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        long ticketBase = Long.parseLong(args[1]);
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            V3TradeStore trades = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED));
            System.out.println("READY");
            System.out.flush();
            for (long i = 0; ; i++) {
                long id = trades.open(new NewDualTrade(ticketBase + 3 * i, "EURUSD", Direction.BUY, 1.08,
                        "Crash_Test", "5", 5, 0.5, MtfTrends.UNKNOWN, LogicRoute.LOGIC2,
                        new DualOrder(ticketBase + 3 * i + 1, 0.1, null, null),
                        new DualOrder(ticketBase + 3 * i + 2, 0.1, null, null), "round " + ticketBase)).id();
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
