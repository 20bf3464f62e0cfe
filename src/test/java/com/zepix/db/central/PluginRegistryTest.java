package com.zepix.db.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.jooq.tables.pojos.PluginsRegistry;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.PluginStatus;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginRegistryTest extends StoreTestBase {

    private PluginRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new PluginRegistry(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
    }

    @Test
    void list_holds_the_five_seeded_plugins_enabled_and_active() {
        List<PluginsRegistry> plugins = registry.findAll();

        assertThat(plugins).extracting(PluginsRegistry::pluginId).containsExactly("combined_v3", "price_action_15m",
                "price_action_1h", "price_action_1m", "price_action_5m");
        assertThat(plugins).allSatisfy(p -> {
            assertThat(p.enabled()).isTrue();
            assertThat(p.status()).isEqualTo(PluginStatus.ACTIVE);
            assertThat(p.lastActive()).isNull();
        });
        assertThat(registry.findById("combined_v3").orElseThrow().pluginType()).isEqualTo(PluginType.V3_COMBINED);
        assertThat(registry.findById("price_action_30m")).isEmpty();
    }

    @Test
    void disable_then_enable_flips_the_switch_and_the_status() {
        PluginsRegistry disabled = registry.disable("price_action_1m");

        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.status()).isEqualTo(PluginStatus.DISABLED);
        assertThat(registry.findById("price_action_1m")).contains(disabled);

        PluginsRegistry enabled = registry.enable("price_action_1m");

        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.status()).isEqualTo(PluginStatus.ACTIVE);
        assertThat(registry.findById("price_action_5m").orElseThrow().enabled()).as("other plugins untouched").isTrue();
    }

    @Test
    void set_error_records_the_message_and_leaving_error_clears_it() {
        PluginsRegistry failed = registry.setError("price_action_5m", "MT5 bridge lost");

        assertThat(failed.status()).isEqualTo(PluginStatus.ERROR);
        assertThat(failed.errorMessage()).isEqualTo("MT5 bridge lost");
        assertThat(registry.setStatus("price_action_5m", PluginStatus.ERROR).errorMessage())
                .isEqualTo("MT5 bridge lost");

        PluginsRegistry recovered = registry.setStatus("price_action_5m", PluginStatus.ACTIVE);

        assertThat(recovered.status()).isEqualTo(PluginStatus.ACTIVE);
        assertThat(recovered.errorMessage()).isNull();
        assertThat(recovered.enabled()).as("status alone does not flip the switch").isTrue();
    }

    @Test
    void enable_clears_an_error() {
        registry.setError("combined_v3", "boom");

        assertThat(registry.enable("combined_v3").errorMessage()).isNull();
    }

    @Test
    void touch_sets_last_active_to_now() {
        LocalDateTime before = UtcTimestamps.now();

        PluginsRegistry touched = registry.touch("price_action_1h");

        assertThat(touched.lastActive()).isBetween(before, UtcTimestamps.now());
        assertThat(registry.findById("price_action_1h")).contains(touched);
    }

    @Test
    void an_unknown_plugin_id_or_impossible_value_is_refused_and_nothing_changes() {
        List<PluginsRegistry> before = registry.findAll();

        assertThatThrownBy(() -> registry.disable("price_action_30m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugin_id must name a registered plugin, was 'price_action_30m'");
        assertThatThrownBy(() -> registry.touch("nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.enable(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plugin_id must not be blank, was ' '");
        assertThatThrownBy(() -> registry.setStatus("combined_v3", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("status must be given, was null");
        assertThatThrownBy(() -> registry.setError("combined_v3", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("error_message must not be blank, was ''");
        assertThat(registry.findAll()).isEqualTo(before);
    }
}
