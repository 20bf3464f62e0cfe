package com.zepix.db.testsupport;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import java.nio.file.Path;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh data directory with the three migrated databases, opened for each test and closed after it. */
public abstract class StoreTestBase {

    @TempDir
    protected Path dir;

    protected DatabaseService db;

    @BeforeEach
    void openDatabases() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
    }

    @AfterEach
    void closeDatabases() {
        db.close();
    }

    protected int rows(DatabaseKey key, Table<?> table) {
        // Not fetchCount: jOOQ renders count(*) with a plain-SQL "*", which the isolation guard refuses.
        return db.plugin(key).<Integer>read(ctx -> ctx.fetchCount(table));
    }
}
