package com.zepix.db.ops.sync;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYNC_STATUS;
import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_5M_TRADES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.central.SyncLedger;
import com.zepix.db.central.jooq.tables.records.AggregatedTradesRecord;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.Severity;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.core.TradeSource;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.TradeSummary;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.sync.PluginSyncResult.Outcome;
import com.zepix.db.testsupport.PluginTrades;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeSyncTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 20, 9, 0);

    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        TestDatabases.dataDir(dir);
        withDb(db -> {
            PluginTrades t = new PluginTrades(db);
            t.v3(9000L, 9001L, T0, TradeStatus.CLOSED, 40.0, LogicRoute.LOGIC1);
            t.v3(null, 9101L, T0.plusHours(1), TradeStatus.OPEN, null, LogicRoute.LOGIC2); // keyed by Order A
            t.m1(7001L, T0, true, -5.0);
            t.m5(7101L, 7102L, T0, TradeStatus.PARTIAL, 12.0);
            t.m5(null, 7202L, T0.plusMinutes(5), TradeStatus.OPEN, null); // keyed by Order B
            t.m15(7301L, T0, false, null);
            t.h1(7401L, T0, true, 100.0);
        });
    }

    private TradeSync sync() {
        return new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC());
    }

    @Test
    void first_run_aggregates_every_trade_with_its_plugins_ticket_rule_and_total_lots() {
        SyncReport report = sync().runOnce();
        assertThat(report.anyFailed()).isFalse();
        assertThat(report.totalSynced()).isEqualTo(7);
        Map<String, List<Long>> tickets = aggregated().stream().collect(Collectors.groupingBy(
                AggregatedTradesRecord::getPluginId, Collectors.mapping(AggregatedTradesRecord::getMt5Ticket, Collectors.toList())));
        assertThat(tickets).containsOnly(
                Map.entry("combined_v3", List.of(9000L, 9101L)),
                Map.entry("price_action_1m", List.of(7001L)),
                Map.entry("price_action_5m", List.of(7101L, 7202L)),
                Map.entry("price_action_15m", List.of(7301L)),
                Map.entry("price_action_1h", List.of(7401L)));
        AggregatedTradesRecord v3 = aggregated().stream().filter(r -> r.getMt5Ticket() == 9000L).findFirst().orElseThrow();
        assertThat(v3.getLotSize()).isEqualTo(0.1 + 0.2);
        assertThat(v3.getStatus()).isEqualTo(TradeStatus.CLOSED);
        assertThat(v3.getProfitDollars()).isEqualTo(40.0);
        assertThat(v3.getEntryTime()).isEqualTo(T0);
        withCentral(db -> {
            List<com.zepix.db.central.jooq.tables.records.SyncStatusRecord> statuses =
                    db.plugin(DatabaseKey.CENTRAL_SYSTEM).read(ctx -> ctx.selectFrom(SYNC_STATUS).fetch());
            assertThat(statuses).hasSize(5).allSatisfy(s -> assertThat(s.getLastSyncSuccess()).isTrue());
        });
    }

    @Test
    void running_twice_changes_nothing_and_the_second_run_reads_only_what_was_open() {
        sync().runOnce();
        List<AggregatedTradesRecord> first = aggregated();
        SyncReport second = sync().runOnce();
        assertThat(aggregated()).isEqualTo(first);
        // closed trades are not read again: only the 4 that were open or partial
        assertThat(second.plugins().stream().mapToInt(PluginSyncResult::read).sum()).isEqualTo(4);
        // ... and says they are unchanged, not synced again
        assertThat(second.plugins()).allSatisfy(p -> {
            assertThat(p.inserted()).isZero();
            assertThat(p.updated()).isZero();
        });
        assertThat(second.plugins().stream().mapToInt(PluginSyncResult::unchanged).sum()).isEqualTo(4);
        assertThat(second.totalSynced()).isZero();
    }

    @Test
    void counts_tell_new_updated_and_unchanged_apart() {
        SyncReport first = sync().runOnce();
        PluginSyncResult m5First = plugin(first, "price_action_5m");
        assertThat(List.of(m5First.inserted(), m5First.updated(), m5First.unchanged())).containsExactly(2, 0, 0);

        withDb(db -> {
            db.plugin(DatabaseKey.V6_PRICE_ACTION_5M).write(ctx -> ctx.update(PRICE_ACTION_5M_TRADES)
                    .set(PRICE_ACTION_5M_TRADES.TOTAL_PROFIT_DOLLARS, 15.0)
                    .where(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET.eq(7101L)).execute());
            new PluginTrades(db).m5(7501L, 7502L, T0.plusHours(3), TradeStatus.OPEN, null);
        });
        SyncReport second = sync().runOnce();

        PluginSyncResult m5 = plugin(second, "price_action_5m");
        // 7101 moved its profit, 7202 is still open and the same, 7501 is new
        assertThat(List.of(m5.inserted(), m5.updated(), m5.unchanged(), m5.read())).containsExactly(1, 1, 1, 3);
        assertThat(m5.describe()).contains("1 new, 1 updated, 1 unchanged");
        withCentral(db -> {
            Integer recorded = db.plugin(DatabaseKey.CENTRAL_SYSTEM).read(ctx -> ctx.select(SYNC_STATUS.RECORDS_SYNCED)
                    .from(SYNC_STATUS).where(SYNC_STATUS.PLUGIN_ID.eq("price_action_5m")).fetchOne().value1());
            assertThat(recorded).isEqualTo(2); // rows written: the new one and the updated one
        });
    }

    @Test
    void progress_is_reported_per_plugin_and_ends_at_its_total() {
        List<String> events = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(String label, long done, long total) {
                events.add(label + " " + done + "/" + total);
            }

            @Override
            public void finished(String label) {
                events.add(label + " finished");
            }
        };

        new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(), listener).runOnce();

        assertThat(events).containsSubsequence("sync combined_v3 2/2", "sync combined_v3 finished",
                "sync price_action_5m 2/2", "sync price_action_5m finished");
    }

    private static PluginSyncResult plugin(SyncReport report, String id) {
        return report.plugins().stream().filter(p -> p.pluginId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_trade_that_closes_after_its_first_sync_is_updated_on_the_next() {
        sync().runOnce();
        withDb(db -> db.plugin(DatabaseKey.V6_PRICE_ACTION_5M).write(ctx -> ctx.update(PRICE_ACTION_5M_TRADES)
                .set(PRICE_ACTION_5M_TRADES.STATUS, TradeStatus.CLOSED)
                .set(PRICE_ACTION_5M_TRADES.TOTAL_PROFIT_DOLLARS, 30.0)
                .set(PRICE_ACTION_5M_TRADES.EXIT_TIME, T0.plusHours(2))
                .where(PRICE_ACTION_5M_TRADES.ORDER_A_TICKET.eq(7101L)).execute()));
        sync().runOnce();
        AggregatedTradesRecord row = aggregated().stream().filter(r -> r.getMt5Ticket() == 7101L).findFirst().orElseThrow();
        assertThat(row.getStatus()).isEqualTo(TradeStatus.CLOSED);
        assertThat(row.getProfitDollars()).isEqualTo(30.0);
        assertThat(row.getExitTime()).isEqualTo(T0.plusHours(2));
        // and once closed, it is not read again
        SyncReport third = sync().runOnce();
        assertThat(third.plugins().stream().filter(p -> p.pluginId().equals("price_action_5m")).findFirst()
                .orElseThrow().read()).isEqualTo(1);
    }

    @Test
    void a_trade_without_any_ticket_is_skipped_and_counted() {
        withDb(db -> new PluginTrades(db).m1(null, T0, false, null));
        SyncReport report = sync().runOnce();
        PluginSyncResult m1 = report.plugins().stream().filter(p -> p.pluginId().equals("price_action_1m")).findFirst().orElseThrow();
        assertThat(m1.ticketless()).isEqualTo(1);
        assertThat(m1.synced()).isEqualTo(1);
        assertThat(m1.describe()).contains("1 skipped without ticket");
        assertThat(aggregated()).filteredOn(r -> r.getPluginId().equals("price_action_1m")).hasSize(1);
    }

    @Test
    void a_disabled_plugin_is_skipped_and_says_so() {
        withDb(db -> db.plugin(DatabaseKey.CENTRAL_SYSTEM).write(ctx -> ctx.update(PLUGINS_REGISTRY)
                .set(PLUGINS_REGISTRY.ENABLED, false).where(PLUGINS_REGISTRY.PLUGIN_ID.eq("price_action_1h")).execute()));
        SyncReport report = sync().runOnce();
        PluginSyncResult h1 = report.plugins().stream().filter(p -> p.pluginId().equals("price_action_1h")).findFirst().orElseThrow();
        assertThat(h1.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(h1.describe()).contains("disabled");
        assertThat(aggregated()).noneMatch(r -> r.getPluginId().equals("price_action_1h"));
        assertThat(report.anyFailed()).isFalse();
    }

    @Test
    void a_damaged_plugin_database_fails_its_plugins_alone_and_is_recorded() throws Exception {
        Path v6 = DatabaseFile.V6.in(dir);
        byte[] bytes = Files.readAllBytes(v6);
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(v6, bytes);
        SyncReport report = sync().runOnce();
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.plugins()).filteredOn(p -> p.pluginId().startsWith("price_action"))
                .allSatisfy(p -> assertThat(p.outcome()).isEqualTo(Outcome.FAILED))
                .allSatisfy(p -> assertThat(p.detail()).contains("zepix_price_action.db"));
        assertThat(report.plugins().get(0).outcome()).isEqualTo(Outcome.SYNCED);
        assertThat(aggregated()).extracting(AggregatedTradesRecord::getPluginId).containsOnly("combined_v3");
        withCentral(db -> {
            var status = db.plugin(DatabaseKey.CENTRAL_SYSTEM).read(ctx -> ctx.selectFrom(SYNC_STATUS)
                    .where(SYNC_STATUS.PLUGIN_ID.eq("price_action_15m")).fetchSingle());
            assertThat(status.getLastSyncSuccess()).isFalse();
            assertThat(status.getErrorMessage()).contains("zepix_price_action.db");
            assertThat(db.plugin(DatabaseKey.CENTRAL_SYSTEM).<Integer>read(ctx -> ctx.fetchCount(SYSTEM_EVENTS,
                    SYSTEM_EVENTS.SEVERITY.eq(Severity.ERROR)))).isEqualTo(4);
        });
    }

    @Test
    void a_run_that_dies_between_plugins_leaves_the_next_run_to_finish_the_job() {
        List<TradeSource> dying = new ArrayList<>(PluginTradeSources.all());
        TradeSource m5 = dying.get(2);
        dying.set(2, new FailingSource(m5));
        new TradeSync(dir, SqliteSettings.durable(), dying, Clock.systemUTC()).runOnce();
        assertThat(aggregated()).noneMatch(r -> r.getPluginId().equals("price_action_5m"));

        sync().runOnce();
        assertThat(aggregated()).hasSize(7);
        assertThat(aggregated()).filteredOn(r -> r.getPluginId().equals("price_action_5m")).hasSize(2);
    }

    @Test
    void a_run_that_dies_between_the_rows_and_the_cursor_commits_neither() {
        TradeSync dying = new TradeSync(dir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                ProgressListener.NONE, pluginId -> {
                    throw new IllegalStateException("power cut");
                });
        SyncReport report = dying.runOnce();
        assertThat(report.plugins()).allSatisfy(p -> assertThat(p.outcome()).isEqualTo(Outcome.FAILED));
        assertThat(aggregated()).isEmpty();
        withCentral(db -> assertThat(new SyncLedger(db.plugin(DatabaseKey.CENTRAL_SYSTEM)).cursor("combined_v3").afterSourceId()).isZero());

        SyncReport recovered = sync().runOnce();
        assertThat(recovered.totalSynced()).isEqualTo(7);
        assertThat(aggregated()).hasSize(7);
    }

    @Test
    void a_missing_central_database_fails_the_whole_run_naming_it() throws Exception {
        Files.delete(DatabaseFile.CENTRAL.in(dir));
        assertThatThrownBy(() -> sync().runOnce()).hasMessageContaining("zepix_bot.db");
    }

    private List<AggregatedTradesRecord> aggregated() {
        List<AggregatedTradesRecord> rows = new ArrayList<>();
        withCentral(db -> rows.addAll(db.plugin(DatabaseKey.CENTRAL_SYSTEM).read(ctx -> ctx.selectFrom(AGGREGATED_TRADES)
                .orderBy(AGGREGATED_TRADES.PLUGIN_ID, AGGREGATED_TRADES.MT5_TICKET).fetch())));
        return rows;
    }

    private void withDb(java.util.function.Consumer<DatabaseService> work) {
        try (DatabaseService db = DatabaseService.open(dir)) {
            work.accept(db);
        }
    }

    /** Central alone, for when a plugin file is damaged on purpose. */
    private void withCentral(java.util.function.Consumer<DatabaseService> work) {
        try (DatabaseService db = DatabaseService.open(dir, SqliteSettings.durable(), java.util.Set.of(DatabaseFile.CENTRAL))) {
            work.accept(db);
        }
    }

    /** A source that dies mid-run, as a plugin database could. */
    private record FailingSource(TradeSource real) implements TradeSource {
        public String pluginId() { return real.pluginId(); }
        public com.zepix.db.core.PluginType pluginType() { return real.pluginType(); }
        public DatabaseKey key() { return real.key(); }
        public List<TradeSummary> changedSince(com.zepix.db.core.PluginDatabase own, long after, Collection<Long> open) {
            throw new IllegalStateException("plugin database went away mid-run");
        }
        public List<TradeSummary> enteredBetween(com.zepix.db.core.PluginDatabase own, LocalDateTime from, LocalDateTime to) {
            throw new IllegalStateException("plugin database went away mid-run");
        }
    }
}
