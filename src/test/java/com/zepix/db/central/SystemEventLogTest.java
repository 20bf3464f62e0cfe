package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SystemEvents.SYSTEM_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.jooq.tables.pojos.SystemEvents;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.Severity;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SystemEventLogTest extends StoreTestBase {

    private SystemEventLog events;

    @BeforeEach
    void createLog() {
        events = new SystemEventLog(db.plugin(DatabaseKey.CENTRAL_SYSTEM));
    }

    private SystemEvents append(String type, Severity severity, String pluginId) {
        return events.append(new NewSystemEvent(type, severity, pluginId, type + " happened"));
    }

    private int rows() {
        return rows(DatabaseKey.CENTRAL_SYSTEM, SYSTEM_EVENTS);
    }

    @Test
    void append_stores_the_event_timed_now() {
        LocalDateTime before = UtcTimestamps.now();

        SystemEvents event = events.append(new NewSystemEvent("PLUGIN_ERROR", Severity.ERROR, "price_action_1m",
                "lost connection"));

        assertThat(event.id()).isPositive();
        assertThat(event.eventType()).isEqualTo("PLUGIN_ERROR");
        assertThat(event.severity()).isEqualTo(Severity.ERROR);
        assertThat(event.pluginId()).isEqualTo("price_action_1m");
        assertThat(event.description()).isEqualTo("lost connection");
        assertThat(event.eventTime()).isBetween(before, UtcTimestamps.now());
        assertThat(events.find(SystemEventQuery.newest(10))).containsExactly(event);
    }

    @Test
    void query_returns_the_newest_first_up_to_the_limit() {
        SystemEvents first = append("STARTUP", Severity.INFO, null);
        SystemEvents second = append("SYNC", Severity.INFO, null);
        SystemEvents third = append("SHUTDOWN", Severity.WARNING, null);

        assertThat(events.find(SystemEventQuery.newest(10))).containsExactly(third, second, first);
        assertThat(events.find(SystemEventQuery.newest(2))).containsExactly(third, second);
    }

    @Test
    void query_filters_by_plugin_and_by_severity() {
        SystemEvents v3Error = append("PLUGIN_ERROR", Severity.ERROR, "combined_v3");
        SystemEvents v3Info = append("PLUGIN_STARTED", Severity.INFO, "combined_v3");
        SystemEvents systemError = append("DISK_FULL", Severity.ERROR, null);
        append("PLUGIN_STARTED", Severity.INFO, "price_action_5m");

        assertThat(events.find(SystemEventQuery.newest(10).withPlugin("combined_v3")))
                .containsExactly(v3Info, v3Error);
        assertThat(events.find(SystemEventQuery.newest(10).withSeverity(Severity.ERROR)))
                .containsExactly(systemError, v3Error);
        assertThat(events.find(SystemEventQuery.newest(10).withPlugin("combined_v3").withSeverity(Severity.ERROR)))
                .containsExactly(v3Error);
        assertThat(events.find(SystemEventQuery.newest(10).withSeverity(Severity.CRITICAL))).isEmpty();
    }

    @Test
    void query_filters_by_time_range_from_inclusive_until_exclusive() throws InterruptedException {
        SystemEvents early = append("A", Severity.INFO, null);
        Thread.sleep(5);
        SystemEvents middle = append("B", Severity.INFO, null);
        Thread.sleep(5);
        SystemEvents late = append("C", Severity.INFO, null);

        assertThat(events.find(SystemEventQuery.newest(10).withTimeRange(middle.eventTime(), late.eventTime())))
                .containsExactly(middle);
        assertThat(events.find(SystemEventQuery.newest(10).withTimeRange(middle.eventTime(), null)))
                .containsExactly(late, middle);
        assertThat(events.find(SystemEventQuery.newest(10).withTimeRange(null, middle.eventTime())))
                .containsExactly(early);
    }

    @Test
    void an_unknown_plugin_or_impossible_value_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> append("PLUGIN_ERROR", Severity.ERROR, "price_action_30m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugin_id must name a registered plugin, was 'price_action_30m'");
        assertThatThrownBy(() -> append("PLUGIN_ERROR", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("severity must be given, was null");
        assertThatThrownBy(() -> append(" ", Severity.INFO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("event_type must not be blank, was ' '");
        assertThat(rows()).isZero();
    }

    @Test
    void an_impossible_query_is_refused() {
        LocalDateTime now = UtcTimestamps.now();

        assertThatThrownBy(() -> events.find(SystemEventQuery.newest(10).withPlugin("price_action_30m")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plugin_id must name a registered plugin, was 'price_action_30m'");
        assertThatThrownBy(() -> SystemEventQuery.newest(10).withTimeRange(now, now.minusHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("until must be after from");
        assertThatThrownBy(() -> SystemEventQuery.newest(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 10000, was 0");
    }
}
