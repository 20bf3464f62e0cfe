package com.zepix.db.core;

import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_15M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.SystemConfigStore;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.V3TradeStore;
import com.zepix.db.v6.MarketTrendStore;
import com.zepix.db.v6.m1.ScalpingTradeStore;
import com.zepix.db.v6.m15.IntradayTradeStore;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handle a plugin is given: bound to one key, and the stores check it when they are built. */
class PluginDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void a_store_refuses_another_plugins_handle_when_it_is_built() {
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            PluginDatabase m1 = db.plugin(DatabaseKey.V6_PRICE_ACTION_1M);
            assertThatThrownBy(() -> new IntradayTradeStore(m1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the v6_price_action_1m handle cannot use price_action_15m_trades:"
                            + " that table belongs to v6_price_action_15m");
            assertThatThrownBy(() -> new V3TradeStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM)))
                    .hasMessage("the central_system handle cannot use combined_v3_trades: that table belongs to v3_combined");
            assertThatThrownBy(() -> new SystemConfigStore(db.plugin(DatabaseKey.V3_COMBINED)))
                    .hasMessageContaining("belongs to central_system");
            // the shared V6 table takes any of the four V6 handles; the plugin's own store takes its own
            assertThat(new MarketTrendStore(m1)).isNotNull();
            assertThat(new ScalpingTradeStore(m1)).isNotNull();
        }
    }

    @Test
    void the_handle_knows_its_key_and_its_contexts_are_that_keys() {
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            PluginDatabase m15 = db.plugin(DatabaseKey.V6_PRICE_ACTION_15M);
            assertThat(m15.key()).isEqualTo(DatabaseKey.V6_PRICE_ACTION_15M);
            assertThat(m15.<Integer>read(ctx -> ctx.fetchCount(PRICE_ACTION_15M_TRADES))).isZero();
            assertThat(m15.requireAccessTo(PRICE_ACTION_15M_TRADES)).isSameAs(m15);
            assertThatThrownBy(() -> m15.write(ctx -> ctx.deleteFrom(com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1H_TRADES)
                    .execute())).isInstanceOf(IsolationViolationException.class);
        }
    }

    @Test
    void a_handle_for_a_file_the_service_did_not_open_is_refused_at_once() {
        TestDatabases.dataDir(dir);
        try (DatabaseService central = DatabaseService.open(dir, SqliteSettings.durable(), Set.of(DatabaseFile.CENTRAL))) {
            assertThat(central.plugin(DatabaseKey.CENTRAL_SYSTEM).key()).isEqualTo(DatabaseKey.CENTRAL_SYSTEM);
            assertThatThrownBy(() -> central.plugin(DatabaseKey.V3_COMBINED))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("zepix_combined_v3.db is not open");
        }
    }
}
