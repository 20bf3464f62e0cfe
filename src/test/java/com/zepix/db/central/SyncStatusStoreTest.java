package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SyncStatus.SYNC_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.jooq.tables.pojos.SyncStatus;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncStatusStoreTest extends StoreTestBase {

    private SyncStatusStore store;

    @BeforeEach
    void createStore() {
        store = new SyncStatusStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
    }

    @Test
    void a_successful_run_round_trips() {
        LocalDateTime before = UtcTimestamps.now();

        SyncStatus written = store.record(SyncResult.succeeded("combined_v3", 12));

        assertThat(written.pluginId()).isEqualTo("combined_v3");
        assertThat(written.lastSyncSuccess()).isTrue();
        assertThat(written.recordsSynced()).isEqualTo(12);
        assertThat(written.errorMessage()).isNull();
        assertThat(written.lastSyncTime()).isBetween(before, UtcTimestamps.now());
        assertThat(store.findByPlugin("combined_v3")).contains(written);
    }

    @Test
    void the_next_run_replaces_the_last_one() {
        store.record(SyncResult.succeeded("price_action_5m", 3));

        SyncStatus failed = store.record(SyncResult.failed("price_action_5m", 0, "database is locked"));

        assertThat(failed.lastSyncSuccess()).isFalse();
        assertThat(failed.recordsSynced()).isZero();
        assertThat(failed.errorMessage()).isEqualTo("database is locked");
        assertThat(store.findAll()).containsExactly(failed);
    }

    @Test
    void read_all_is_by_plugin_and_a_plugin_never_synced_has_no_row() {
        SyncStatus m5 = store.record(SyncResult.succeeded("price_action_5m", 1));
        SyncStatus v3 = store.record(SyncResult.succeeded("combined_v3", 2));

        assertThat(store.findAll()).containsExactly(v3, m5);
        assertThat(store.findByPlugin("price_action_1h")).isEmpty();
    }

    @Test
    void an_unknown_plugin_or_impossible_value_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> store.record(SyncResult.succeeded("price_action_30m", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugin_id must name a registered plugin, was 'price_action_30m'");
        assertThatThrownBy(() -> store.findByPlugin("price_action_30m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncResult.succeeded("combined_v3", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("records_synced must be >= 0, was -1");
        assertThatThrownBy(() -> SyncResult.failed("combined_v3", 0, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("error_message must say why a failed sync failed, was ' '");
        assertThat(rows(DatabaseKey.CENTRAL_SYSTEM, SYNC_STATUS)).isZero();
    }
}
