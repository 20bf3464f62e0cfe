package com.zepix.db.stats;

import static com.zepix.db.v3.jooq.Tables.V3_DAILY_STATS;
import static com.zepix.db.v6.jooq.Tables.V6_DAILY_STATS;
import static com.zepix.db.v6.jooq.Tables.V6_SIGNALS_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.DayRange;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.ops.sync.PluginTradeSources;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.V3DailyStatsStore;
import com.zepix.db.v3.jooq.tables.records.V3DailyStatsRecord;
import com.zepix.db.v6.V6DailyStatsStore;
import com.zepix.db.v6.jooq.tables.records.V6DailyStatsRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily statistics against figures worked out by hand from a small fixed data set. */
class DailyStatsTest {

    private static final LocalDate D20 = LocalDate.of(2026, 11, 20);
    private static final LocalDate D21 = D20.plusDays(1);
    private static final LocalDate D22 = D20.plusDays(2);
    private static final LocalDateTime AT_20 = D20.atTime(9, 0);

    @TempDir
    Path dir;

    private DatabaseService db;

    @BeforeEach
    void open() {
        db = DatabaseService.open(TestDatabases.dataDir(dir));
        PluginTrades t = new PluginTrades(db);
        t.v3(1L, 11L, AT_20, TradeStatus.CLOSED, 40.0, LogicRoute.LOGIC1);
        t.v3(2L, 21L, AT_20.plusHours(1), TradeStatus.OPEN, null, LogicRoute.LOGIC2);
        t.v3(3L, 31L, AT_20.plusHours(2), TradeStatus.PARTIAL, 10.0, LogicRoute.LOGIC1);
        t.v3(4L, 41L, D20.atTime(23, 59, 59), TradeStatus.CLOSED, -15.0, LogicRoute.LOGIC3);
        t.v3(5L, 51L, D21.atStartOfDay(), TradeStatus.CLOSED, 5.0, LogicRoute.LOGIC2);
        t.v3(6L, 61L, D20.minusDays(1).atTime(23, 59, 59), TradeStatus.CLOSED, 999.0, LogicRoute.LOGIC1);

        t.m1(101L, AT_20, true, -5.0);
        t.m1(102L, AT_20.plusMinutes(1), true, 3.0);
        t.m5(201L, 202L, AT_20, TradeStatus.PARTIAL, 12.0);
        t.m15(301L, AT_20, false, null);
        t.h1(401L, AT_20, true, 100.0);
        t.h1(402L, D21.atTime(8, 0), false, null);
        pulse("TREND_PULSE", AT_20);
        pulse("TREND_PULSE", AT_20.plusHours(3));
        pulse("BULLISH_ENTRY", AT_20);
        pulse("TREND_PULSE", D21.atTime(1, 0));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void pulse(String type, LocalDateTime at) {
        db.plugin(DatabaseKey.V6_PRICE_ACTION_15M).write(ctx -> ctx.insertInto(V6_SIGNALS_LOG)
                .set(V6_SIGNALS_LOG.SIGNAL_TYPE, type).set(V6_SIGNALS_LOG.SYMBOL, "EURUSD")
                .set(V6_SIGNALS_LOG.RECEIVED_TIME, at).execute());
    }

    @Test
    void v3_rows_match_the_hand_computed_figures_and_recomputing_is_idempotent() {
        V3DailyStatsStore stats = new V3DailyStatsStore(db.plugin(DatabaseKey.V3_COMBINED));
        stats.recompute(new DayRange(D20, D22));
        Result<V3DailyStatsRecord> first = db.plugin(DatabaseKey.V3_COMBINED).read(ctx -> ctx.selectFrom(V3_DAILY_STATS).orderBy(V3_DAILY_STATS.DATE).fetch());
        assertThat(first).hasSize(2); // the 22nd had no trades: no row
        // the 20th: trades 1-4 (trade 6 entered a second before midnight on the 19th)
        V3DailyStatsRecord d20 = first.get(0);
        assertThat(d20.getDate()).isEqualTo(D20);
        assertThat(d20.getTotalDualEntries()).isEqualTo(4);
        assertThat(d20.getTotalOrderAClosed()).isEqualTo(3); // 1, 3 (partial: A closed), 4
        assertThat(d20.getTotalOrderBClosed()).isEqualTo(2); // 1, 4
        assertThat(List.of(d20.getLogic1Trades(), d20.getLogic2Trades(), d20.getLogic3Trades())).containsExactly(2, 1, 1);
        assertThat(d20.getTotalProfitDollars()).isEqualTo(35.0); // 40 + 10 - 15
        assertThat(d20.getWinRate()).isEqualTo(50.0); // closed: 1 (+40), 4 (-15)
        V3DailyStatsRecord d21 = first.get(1);
        assertThat(List.of(d21.getTotalDualEntries(), d21.getLogic2Trades())).containsExactly(1, 1);
        assertThat(d21.getWinRate()).isEqualTo(100.0);

        stats.recompute(new DayRange(D20, D22));
        assertThat(db.plugin(DatabaseKey.V3_COMBINED).<Result<V3DailyStatsRecord>>read(ctx -> ctx.selectFrom(V3_DAILY_STATS).orderBy(V3_DAILY_STATS.DATE).fetch())).isEqualTo(first);
    }

    @Test
    void days_without_trades_get_no_row_and_lose_a_row_they_had() {
        V3DailyStatsStore v3 = new V3DailyStatsStore(db.plugin(DatabaseKey.V3_COMBINED));
        V6DailyStatsStore v6 = v6Store(PluginTradeSources.v6());
        LocalDate quiet = D22.plusDays(30);
        db.plugin(DatabaseKey.V3_COMBINED).write(ctx -> ctx.insertInto(V3_DAILY_STATS)
                .set(V3_DAILY_STATS.DATE, quiet).set(V3_DAILY_STATS.TOTAL_DUAL_ENTRIES, 0).execute());

        assertThat(v3.recompute(new DayRange(D22, quiet))).isEmpty();
        assertThat(v6.recompute(new DayRange(D22, quiet)).rows()).isEmpty();

        int v3Rows = db.plugin(DatabaseKey.V3_COMBINED).read(ctx -> ctx.fetchCount(V3_DAILY_STATS));
        int v6Rows = db.plugin(DatabaseKey.V6_PRICE_ACTION_1M).read(ctx -> ctx.fetchCount(V6_DAILY_STATS));
        assertThat(v3Rows).isZero();
        assertThat(v6Rows).isZero();
        // a day with only Trend Pulse updates still gets its V6 row, with them counted
        assertThat(v6.recompute(DayRange.of(D21)).rows()).singleElement()
                .satisfies(r -> assertThat(r.trendPulseUpdates()).isEqualTo(1));
    }

    @Test
    void v6_rows_count_each_timeframe_through_its_own_source_and_the_days_trend_pulses() {
        V6DailyStatsStore stats = v6Store(PluginTradeSources.all().subList(1, 5));
        stats.recompute(new DayRange(D20, D21));
        Result<V6DailyStatsRecord> rows = db.plugin(DatabaseKey.V6_PRICE_ACTION_1H).read(ctx -> ctx.selectFrom(V6_DAILY_STATS).orderBy(V6_DAILY_STATS.DATE).fetch());
        V6DailyStatsRecord d20 = rows.get(0);
        assertThat(List.of(d20.getPlugin_1mTrades(), d20.getPlugin_5mTrades(), d20.getPlugin_15mTrades(),
                d20.getPlugin_1hTrades())).containsExactly(2, 1, 1, 1);
        assertThat(d20.getTotalProfitDollars()).isEqualTo(110.0); // -5 + 3 + 12 + 100
        assertThat(d20.getTrendPulseUpdates()).isEqualTo(2);
        assertThat(d20.getWinRate()).isCloseTo(200.0 / 3, within(1e-9)); // closed: -5, +3, +100
        V6DailyStatsRecord d21 = rows.get(1);
        assertThat(d21.getPlugin_1hTrades()).isEqualTo(1);
        assertThat(d21.getTrendPulseUpdates()).isEqualTo(1);
        assertThat(d21.getWinRate()).isZero();

        stats.recompute(new DayRange(D20, D21));
        assertThat(db.plugin(DatabaseKey.V6_PRICE_ACTION_1H).<Result<V6DailyStatsRecord>>read(ctx -> ctx.selectFrom(V6_DAILY_STATS).orderBy(V6_DAILY_STATS.DATE).fetch())).isEqualTo(rows);
    }

    @Test
    void the_stores_are_built_from_their_own_handles_and_refuse_another_keys() {
        assertThatThrownBy(() -> new V3DailyStatsStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v3_daily_stats");
        assertThatThrownBy(() -> new V6DailyStatsStore(db.plugin(DatabaseKey.V3_COMBINED), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v6_daily_stats");
        TradeSource m15 = PluginTradeSources.v6().get(2);
        assertThatThrownBy(() -> m15.on(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DatabaseKey.V6_PRICE_ACTION_1M.toString())
                .hasMessageContaining(DatabaseKey.V6_PRICE_ACTION_15M.toString());
        assertThatThrownBy(() -> m15.enteredBetween(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M), D20.atStartOfDay(), D21.atStartOfDay()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The composition the stats operation makes: any V6 handle writes, each timeframe is read through its own. */
    private V6DailyStatsStore v6Store(List<TradeSource> timeframes) {
        return new V6DailyStatsStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M),
                timeframes.stream().map(t -> t.on(db.plugin(t.key()))).toList());
    }
}
