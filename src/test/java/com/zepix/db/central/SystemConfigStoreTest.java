package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SystemConfig.SYSTEM_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.jooq.tables.pojos.SystemConfig;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SystemConfigStoreTest extends StoreTestBase {

    private SystemConfigStore config;

    @BeforeEach
    void createStore() {
        config = new SystemConfigStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
    }

    @Test
    void get_reads_the_seeded_values_and_a_missing_key_is_empty() {
        assertThat(config.get("bot_version")).contains("3.0.0");
        assertThat(config.get("architecture")).contains("dual_core_v3_v6");
        assertThat(config.get("max_open_trades")).isEmpty();
        assertThat(config.findByKey("max_open_trades")).isEmpty();
        assertThat(config.findAll()).extracting(SystemConfig::key)
                .containsExactly("architecture", "bot_version", "v3_enabled", "v6_enabled");
    }

    @Test
    void set_inserts_a_new_key_stamped_now() {
        LocalDateTime before = UtcTimestamps.now();

        SystemConfig stored = config.set("max_open_trades", "5");

        assertThat(stored.value()).isEqualTo("5");
        assertThat(stored.lastUpdated()).isBetween(before, UtcTimestamps.now());
        assertThat(config.findByKey("max_open_trades")).contains(stored);
    }

    @Test
    void set_of_an_existing_key_replaces_the_value_and_moves_last_updated() throws InterruptedException {
        SystemConfig seeded = config.findByKey("v6_enabled").orElseThrow();
        SystemConfig first = config.set("v6_enabled", "false");
        Thread.sleep(5);

        SystemConfig second = config.set("v6_enabled", "true");

        assertThat(first.lastUpdated()).isAfterOrEqualTo(seeded.lastUpdated());
        assertThat(second.lastUpdated()).isAfter(first.lastUpdated());
        assertThat(config.get("v6_enabled")).contains("true");
        assertThat(rows(DatabaseKey.CENTRAL_SYSTEM, SYSTEM_CONFIG)).isEqualTo(4);
    }

    @Test
    void a_blank_key_or_null_value_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> config.set(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("key must not be blank, was ' '");
        assertThatThrownBy(() -> config.set("max_open_trades", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("value must be given, was null");
        assertThatThrownBy(() -> config.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rows(DatabaseKey.CENTRAL_SYSTEM, SYSTEM_CONFIG)).isEqualTo(4);
    }
}
