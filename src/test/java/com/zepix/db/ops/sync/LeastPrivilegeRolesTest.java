package com.zepix.db.ops.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.DashboardQueries;
import com.zepix.db.central.PluginDayTotals;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.InstanceId;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SchemaMigrations;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.ops.server.CentralChoice;
import com.zepix.db.testsupport.OpsFixtures;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's least-privilege roles, exactly as the README gives them (the SQL block after
 * "**Roles.**"): the sync role syncs and is refused what it should not do; the dashboard role
 * reads the dashboard and is refused every write.
 */
class LeastPrivilegeRolesTest {

    private static final LocalDateTime ENTRY = LocalDateTime.of(2026, 11, 20, 9, 30);

    @TempDir
    Path root;

    TestPostgres.Database pg;
    String suffix;
    String syncRole;
    String dashboardRole;

    @BeforeEach
    void centralWithTheReadmesRoles() throws Exception {
        pg = TestPostgres.createDatabase();
        SchemaMigrations.flyway(PostgresCentral.fromUrl(pg.url(), pg.environment()).dataSource(),
                PostgresCentral.MIGRATIONS).migrate();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        syncRole = "zepix_sync_" + suffix;
        dashboardRole = "zepix_dashboard_" + suffix;
        String sql = readmeRolesSql()
                .replace("zepix_sync", syncRole)
                .replace("zepix_dashboard", dashboardRole)
                .replace("zepix_central", pg.name())
                .replace("'change-me-too'", "'" + password(dashboardRole) + "'")
                .replace("'change-me'", "'" + password(syncRole) + "'");
        try (Connection c = pg.connect(); Statement st = c.createStatement()) {
            for (String statement : sql.split(";")) {
                String withoutComments = statement.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!withoutComments.isEmpty()) {
                    st.execute(withoutComments);
                }
            }
        }
    }

    @AfterEach
    void dropDatabaseAndRoles() throws SQLException {
        pg.close();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + TestPostgres.port() + "/postgres",
                TestPostgres.ROLE, TestPostgres.password()); Statement st = c.createStatement()) {
            st.execute("DROP ROLE IF EXISTS " + syncRole);
            st.execute("DROP ROLE IF EXISTS " + dashboardRole);
        }
    }

    @Test
    void the_sync_role_syncs_the_dashboard_role_reads_and_each_is_refused_the_rest() throws Exception {
        Path host = OpsFixtures.initialisedDataDir(root.resolve("host"));
        try (DatabaseService db = DatabaseService.open(host)) {
            PluginTrades t = new PluginTrades(db);
            t.v3(100L, 101L, ENTRY, TradeStatus.CLOSED, 25.0, LogicRoute.LOGIC1);
            t.h1(700L, ENTRY, true, -4.0);
        }
        Files.writeString(host.resolve("zepix_price_action.db"), "damaged: its plugins' failures go to system_events");
        PostgresCentral asSync = PostgresCentral.fromUrl(pg.url(), Map.of("PGUSER", syncRole, "PGPASSWORD", password(syncRole)));
        SyncReport report = new TradeSync(host, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                CentralChoice.postgres(asSync, new InstanceId("host-a"))).runOnce();
        assertThat(report.plugins()).filteredOn(p -> p.pluginId().equals("combined_v3"))
                .singleElement().satisfies(p -> assertThat(p.describe()).contains("1 new"));
        assertThat(report.plugins()).filteredOn(p -> p.pluginId().startsWith("price_action_")).hasSize(4)
                .allSatisfy(p -> assertThat(p.describe()).contains("FAILED"));
        assertRefused(asSync, "DELETE FROM aggregated_trades");
        assertRefused(asSync, "UPDATE plugins_registry SET enabled = false");
        assertRefused(asSync, "ALTER TABLE aggregated_trades ADD COLUMN x int");

        PostgresCentral asDashboard = PostgresCentral.fromUrl(pg.url(),
                Map.of("PGUSER", dashboardRole, "PGPASSWORD", password(dashboardRole)));
        try (DatabaseService db = DatabaseService.open(host, SqliteSettings.durable(), java.util.Set.of(DatabaseFile.CENTRAL),
                asDashboard)) {
            List<PluginDayTotals> totals = new DashboardQueries(db.plugin(com.zepix.db.core.DatabaseKey.CENTRAL_SYSTEM))
                    .totalsPerPluginPerDay(new DayRange(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20)));
            assertThat(totals).extracting(PluginDayTotals::pluginId).containsExactly("combined_v3");
        }
        assertRefused(asDashboard, "INSERT INTO system_config (key, value) VALUES ('x', 'y')");
        assertRefused(asDashboard, "UPDATE aggregated_trades SET profit_dollars = 0");
        assertRefused(asDashboard, "DELETE FROM sync_status");
    }

    private static void assertRefused(PostgresCentral as, String sql) {
        assertThatThrownBy(() -> {
            try (Connection c = as.connect(); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }).isInstanceOf(SQLException.class).hasMessageMatching("(?s).*(permission denied|must be owner of table).*");
    }

    private String password(String role) {
        return "pw-" + role;
    }

    private static String readmeRolesSql() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("zepix.project.dir", "."), "README.md"));
        int roles = readme.indexOf("**Roles.**");
        int start = readme.indexOf("```sql\n", roles) + "```sql\n".length();
        int end = readme.indexOf("```", start);
        assertThat(roles).as("README has the roles paragraph").isPositive();
        return readme.substring(start, end);
    }
}
