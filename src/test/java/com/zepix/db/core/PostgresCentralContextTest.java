package com.zepix.db.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.NewSystemEvent;
import com.zepix.db.central.SystemConfigStore;
import com.zepix.db.central.SystemEventLog;
import com.zepix.db.central.jooq.tables.pojos.SystemEvents;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The central stores on a PostgreSQL central: one generated code path, PostgreSQL's dialect, its guard. */
class PostgresCentralContextTest {

    @TempDir
    Path dir;

    TestPostgres.Database pg;
    DatabaseService db;

    @BeforeEach
    void open() {
        pg = TestPostgres.createDatabase();
        PostgresCentral central = PostgresCentral.fromUrl(pg.url(), pg.environment());
        SchemaMigrations.flyway(central.dataSource(), PostgresCentral.MIGRATIONS).migrate();
        db = DatabaseService.open(dir, SqliteSettings.durable(), Set.of(DatabaseFile.CENTRAL), central);
    }

    @AfterEach
    void close() {
        db.close();
        pg.close();
    }

    @Test
    void the_central_stores_run_unchanged_and_timestamps_keep_their_milliseconds() {
        assertThat(db.dialect(DatabaseKey.CENTRAL_SYSTEM)).isEqualTo(SQLDialect.POSTGRES);
        SystemConfigStore config = new SystemConfigStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
        assertThat(config.get("bot_version")).contains("3.0.0");
        assertThat(config.set("note", "on a server").value()).isEqualTo("on a server");
        SystemEvents event = new SystemEventLog(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).append(new NewSystemEvent("TEST", Severity.WARNING, "combined_v3", "x"));
        assertThat(event.id()).isPositive();
        assertThat(event.eventTime()).isEqualTo(event.eventTime().truncatedTo(ChronoUnit.MILLIS));
        assertThat(new SystemEventLog(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).find(com.zepix.db.central.SystemEventQuery.newest(5)))
                .extracting(SystemEvents::eventTime).containsExactly(event.eventTime());
    }

    @Test
    void a_central_context_on_postgres_sends_queries_and_row_changes_only() {
        assertThatThrownBy(() -> db.write(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.execute("DROP TABLE aggregated_trades")))
                .isInstanceOf(IsolationViolationException.class)
                .hasMessageContaining("only queries and row changes");
        assertThatThrownBy(() -> db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetch("SELECT * FROM combined_v3_trades")))
                .hasMessageContaining("combined_v3_trades").hasMessageContaining("does not exist");
        int rows = db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.fetchCount(com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES));
        assertThat(rows).isZero();
    }

    @Test
    void a_central_context_on_postgres_answers_the_servers_identity_and_refuses_listing_metadata() throws Exception {
        int serverMajor;
        String product;
        try (java.sql.Connection plain = pg.connect()) {
            serverMajor = plain.getMetaData().getDatabaseMajorVersion();
            product = plain.getMetaData().getDatabaseProductVersion();
        }
        String seenName = db.read(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.connectionResult(c -> c.getMetaData().getDatabaseProductName()));
        int seenMajor = db.read(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.connectionResult(c -> c.getMetaData().getDatabaseMajorVersion()));
        String seenVersion = db.read(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.connectionResult(c -> c.getMetaData().getDatabaseProductVersion()));
        assertThat(seenName).isEqualTo("PostgreSQL");
        assertThat(seenMajor).isEqualTo(serverMajor);
        assertThat(seenVersion).isEqualTo(product);
        assertThatThrownBy(() -> db.read(DatabaseKey.CENTRAL_SYSTEM,
                ctx -> ctx.connectionResult(c -> c.getMetaData().getTables(null, null, "%", null))))
                .satisfies(e -> assertThat(rootIsolationViolation(e)).isNotNull()
                        .hasMessageContaining("DatabaseMetaData.getTables").hasMessageContaining("use the generated table classes"));
        assertThatThrownBy(() -> db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.connectionResult(c -> c.getMetaData().getConnection())))
                .satisfies(e -> assertThat(rootIsolationViolation(e)).isNotNull().hasMessageContaining("DatabaseMetaData.getConnection"));
        assertThatThrownBy(() -> db.read(DatabaseKey.CENTRAL_SYSTEM, ctx -> ctx.meta().getTables()))
                .satisfies(e -> assertThat(rootIsolationViolation(e)).isNotNull().hasMessageContaining("DSLContext.meta()"));
    }

    private static Throwable rootIsolationViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsolationViolationException) {
                return t;
            }
        }
        return null;
    }
}
