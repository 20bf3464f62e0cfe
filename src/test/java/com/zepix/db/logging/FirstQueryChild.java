package com.zepix.db.logging;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import java.nio.file.Path;

/**
 * Child JVM for {@link FirstQueryLogTest}: a plugin's first query in a fresh JVM, the moment jOOQ
 * asks the connection for the database version (once per JVM).
 */
public final class FirstQueryChild {

    private FirstQueryChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        new InitOperation(dataDir).run();
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            System.err.println("--- first query");
            long id = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED))
                    .logProcessed(new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, "{}"));
            System.err.println("--- logged signal " + id);
        }
    }
}
