package com.zepix.db.ops.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync reads only each plugin's summary columns; what it makes of them must be exactly what
 * the same rule makes of the whole row (read by the daily statistics), for every plugin.
 */
class TradeSourceColumnsTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 20, 9, 0, 0, 250_000_000);

    @TempDir
    Path dir;

    @Test
    void the_summary_of_the_narrow_read_equals_the_summary_of_the_full_row_for_every_plugin() {
        try (DatabaseService db = DatabaseService.open(TestDatabases.dataDir(dir))) {
            PluginTrades t = new PluginTrades(db);
            t.v3(9000L, 9001L, T0, TradeStatus.CLOSED, 40.5, LogicRoute.LOGIC1);
            t.v3(null, 9101L, T0.plusHours(1), TradeStatus.OPEN, null, LogicRoute.LOGIC2);
            t.m1(7001L, T0, true, -5.25);
            t.m1(null, T0.plusMinutes(1), false, null);
            t.m5(7101L, 7102L, T0, TradeStatus.PARTIAL, 12.0);
            t.m5(null, 7202L, T0.plusMinutes(5), TradeStatus.OPEN, null);
            t.m15(7301L, T0, false, null);
            t.m15(7302L, T0.plusHours(3), true, 3.5);
            t.h1(7401L, T0, true, 100.0);
            for (TradeSource source : PluginTradeSources.all()) {
                List<TradeSummary> full = source.enteredBetween(db.plugin(source.key()), T0.minusDays(1), T0.plusDays(1));
                List<TradeSummary> narrow = source.changedSince(db.plugin(source.key()), 0, Set.of());
                assertThat(full).as(source.pluginId()).hasSizeGreaterThanOrEqualTo(1);
                assertThat(narrow).as(source.pluginId()).containsExactlyElementsOf(full);
                // the open ones, read again by id, come back the same too
                List<Long> ids = full.stream().map(TradeSummary::sourceId).toList();
                assertThat(source.changedSince(db.plugin(source.key()), Long.MAX_VALUE, ids)).as(source.pluginId())
                        .containsExactlyElementsOf(full);
            }
        }
    }
}
