package com.zepix.db.v6;

import static com.zepix.db.v6.jooq.tables.V6SignalsLog.V6_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.ConstraintViolationException;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.V6PluginTarget;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.jooq.tables.pojos.V6SignalsLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class V6SignalLogTest extends StoreTestBase {

    private V6SignalLog log;

    @BeforeEach
    void createLog() {
        log = new V6SignalLog(db.plugin(DatabaseKey.V6_PRICE_ACTION_5M));
    }

    private static V6Signal signal(V6PluginTarget target) {
        return new V6Signal("BULLISH_ENTRY", target, "EURUSD", "5", 27.5, 75, "{\"adx\":27.5}");
    }

    private int rows() {
        return rows(DatabaseKey.V6_PRICE_ACTION_5M, V6_SIGNALS_LOG);
    }

    @Test
    void a_processed_signal_is_stored_with_every_value() {
        long id = log.logProcessed(signal(V6PluginTarget.PRICE_ACTION_5M), true);

        V6SignalsLog stored = log.findRecent(1).get(0);
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.signalType()).isEqualTo("BULLISH_ENTRY");
        assertThat(stored.pluginTarget()).isEqualTo(V6PluginTarget.PRICE_ACTION_5M);
        assertThat(stored.symbol()).isEqualTo("EURUSD");
        assertThat(stored.timeframe()).isEqualTo("5");
        assertThat(stored.adx()).isEqualTo(27.5);
        assertThat(stored.confidenceScore()).isEqualTo(75);
        assertThat(stored.signalJson()).isEqualTo("{\"adx\":27.5}");
        assertThat(stored.processed()).isTrue();
        assertThat(stored.tradePlaced()).isTrue();
        assertThat(stored.skipReason()).isNull();
        assertThat(stored.receivedTime()).isNotNull();
    }

    @Test
    void a_skipped_signal_keeps_its_reason_and_a_null_target_means_all_plugins() {
        long id = log.logSkipped(signal(null), "ADX below 20");

        V6SignalsLog stored = log.findRecent(1).get(0);
        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.pluginTarget()).isNull();
        assertThat(stored.processed()).isFalse();
        assertThat(stored.tradePlaced()).isFalse();
        assertThat(stored.skipReason()).isEqualTo("ADX below 20");
    }

    @Test
    void find_recent_is_newest_first_and_limited() {
        long first = log.logProcessed(signal(null), false);
        long second = log.logProcessed(signal(V6PluginTarget.PRICE_ACTION_1M), false);
        long third = log.logSkipped(signal(V6PluginTarget.PRICE_ACTION_5M), "spread");

        assertThat(log.findRecent(2)).extracting(V6SignalsLog::id).containsExactly(third, second);
        assertThat(log.findRecent(10)).extracting(V6SignalsLog::id).containsExactly(third, second, first);
    }

    @Test
    void find_recent_for_a_plugin_includes_signals_for_all_plugins() {
        long forAll = log.logProcessed(signal(null), false);
        log.logProcessed(signal(V6PluginTarget.PRICE_ACTION_1M), false);
        long for5m = log.logProcessed(signal(V6PluginTarget.PRICE_ACTION_5M), true);

        assertThat(log.findRecentFor(V6PluginTarget.PRICE_ACTION_5M, 10)).extracting(V6SignalsLog::id)
                .containsExactly(for5m, forAll);
    }

    @Test
    void impossible_values_are_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> log.logProcessed(new V6Signal("BULLISH_ENTRY", null, "EURUSD", "5", -0.1, 75, null),
                true)).isInstanceOf(IllegalArgumentException.class).hasMessage("adx must be >= 0, was -0.1");
        assertThatThrownBy(() -> log.logProcessed(new V6Signal("BULLISH_ENTRY", null, "EURUSD", "5", 20.0, 120, null),
                true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence_score must be between 0 and 100, was 120");
        assertThatThrownBy(() -> log.logProcessed(new V6Signal(null, null, "EURUSD", "5", 20.0, 50, null), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("signal_type must not be blank, was null");
        assertThatThrownBy(() -> log.logSkipped(signal(null), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("skip_reason must not be blank, was ' '");
        assertThatThrownBy(() -> log.findRecent(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 10000, was 0");
        assertThat(rows()).isZero();
    }

    @Test
    void text_that_is_not_json_reaches_sqlite_and_is_a_constraint_violation_naming_the_table() {
        assertThatThrownBy(() -> log.logProcessed(
                new V6Signal("TREND_PULSE", null, "EURUSD", "15", null, null, "{not json"), false))
                .isInstanceOfSatisfying(ConstraintViolationException.class,
                        e -> assertThat(e.table()).isEqualTo("v6_signals_log"));
        assertThat(rows()).isZero();
    }
}
