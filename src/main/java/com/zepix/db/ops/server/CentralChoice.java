package com.zepix.db.ops.server;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SqliteSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where the central database is, and which instance this host is in it: the SQLite file in the
 * data folder (instance {@code local}, the default), or a PostgreSQL server shared by several
 * hosts, each with its own instance id.
 */
public record CentralChoice(PostgresCentral postgres, InstanceId instance) {

    public CentralChoice {
        if (instance == null) {
            throw new IllegalArgumentException("instance must be given");
        }
        if (postgres == null && !InstanceId.LOCAL.equals(instance)) {
            throw new IllegalArgumentException("a SQLite central serves its own host alone: its instance is '"
                    + InstanceId.LOCAL + "', not '" + instance + "' (an instance id needs a PostgreSQL central)");
        }
    }

    public static CentralChoice sqlite() {
        return new CentralChoice(null, InstanceId.LOCAL);
    }

    public static CentralChoice postgres(PostgresCentral postgres, InstanceId instance) {
        if (postgres == null) {
            throw new IllegalArgumentException("postgres must be given");
        }
        return new CentralChoice(postgres, instance);
    }

    public boolean isPostgres() {
        return postgres != null;
    }

    public Optional<PostgresCentral> server() {
        return Optional.ofNullable(postgres);
    }

    /** The central database alone, as the sync and the dashboard use it. */
    public DatabaseService openCentral(Path dataDir, SqliteSettings settings) {
        return DatabaseService.open(dataDir, settings, Set.of(DatabaseFile.CENTRAL), postgres);
    }

    /** All three databases, the central one where this choice says. */
    public DatabaseService openAll(Path dataDir, SqliteSettings settings) {
        return DatabaseService.open(dataDir, settings, Set.of(DatabaseFile.values()), postgres);
    }

    /** Where central is, for output: the file, or the server and database (never credentials). */
    public String describe(Path dataDir) {
        return postgres == null ? DatabaseFile.CENTRAL.in(dataDir).toString() : postgres.describe();
    }
}
