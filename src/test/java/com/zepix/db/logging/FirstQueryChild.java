package com.zepix.db.logging;

import com.zepix.db.central.SystemConfigStore;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.init.InitOperation;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.util.Set;

/**
 * Child JVM for {@link FirstQueryLogTest}: a plugin's first query in a fresh JVM, the moment jOOQ
 * asks the connection for the database version (once per JVM). With a second argument
 * {@code postgres} the first query is a central store's on a PostgreSQL central instead.
 */
public final class FirstQueryChild {

    private FirstQueryChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("postgres")) {
            firstQueryOnPostgres(dataDir);
            return;
        }
        new InitOperation(dataDir).run();
        try (DatabaseService db = DatabaseService.open(dataDir)) {
            System.err.println("--- first query");
            V3SignalLog log = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            // logProcessed runs its rendered insert on JDBC; findRecent is the first query jOOQ executes
            long id = log.logProcessed(new V3Signal("Institutional_Launchpad", "EURUSD", Direction.BUY, "15", 7, "{}"));
            System.err.println("--- logged signal " + id);
            System.err.println("--- read " + log.findRecent(1).size() + " signal");
        }
    }

    private static void firstQueryOnPostgres(Path dir) {
        try (TestPostgres.Database pg = TestPostgres.createDatabase()) {
            PostgresCentral central = PostgresCentral.fromUrl(pg.url(), pg.environment());
            SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS).migrate();
            try (DatabaseService db = DatabaseService.open(dir, SqliteSettings.durable(), Set.of(DatabaseFile.CENTRAL),
                    central)) {
                System.err.println("--- first query");
                String version = new SystemConfigStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).get("bot_version")
                        .orElseThrow();
                System.err.println("--- read bot_version " + version);
            }
        }
    }
}
