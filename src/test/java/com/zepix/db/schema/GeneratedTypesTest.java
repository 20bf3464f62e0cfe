package com.zepix.db.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.central.jooq.tables.records.PluginsRegistryRecord;
import com.zepix.db.central.jooq.tables.records.SystemEventsRecord;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.core.OrderStatus;
import com.zepix.db.core.OrderType;
import com.zepix.db.core.PluginStatus;
import com.zepix.db.core.PluginType;
import com.zepix.db.core.Severity;
import com.zepix.db.core.TradeStatus;
import com.zepix.db.core.V6PluginTarget;
import com.zepix.db.testsupport.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.zepix.db.central.jooq.Tables.AGGREGATED_TRADES;
import static com.zepix.db.central.jooq.Tables.PLUGINS_REGISTRY;
import static com.zepix.db.central.jooq.Tables.SYSTEM_EVENTS;
import static com.zepix.db.v3.jooq.Tables.COMBINED_V3_TRADES;
import static com.zepix.db.v3.jooq.Tables.V3_DAILY_STATS;
import static com.zepix.db.v3.jooq.Tables.V3_PROFIT_BOOKINGS;
import static com.zepix.db.v6.jooq.Tables.PRICE_ACTION_1M_TRADES;
import static com.zepix.db.v6.jooq.Tables.V6_SIGNALS_LOG;

/** The generated classes expose schema-spec.md's Java types, and the enums survive a real round trip. */
class GeneratedTypesTest {

    @TempDir
    Path dir;

    private static final List<Table<?>> ALL_TABLES = Stream.of(
                    com.zepix.db.v3.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables(),
                    com.zepix.db.v6.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables(),
                    com.zepix.db.central.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables())
            .flatMap(List::stream)
            .<Table<?>>map(t -> t)
            .toList();

    /** The spec's mapping table, applied to the declared type and name of every spec column. */
    private static Class<?> expectedJavaType(String table, String column, String sqlType) {
        Map<String, Class<?>> enums = Map.of(
                "direction", Direction.class, "logic_route", LogicRoute.class, "order_type", OrderType.class,
                "plugin_type", PluginType.class, "severity", Severity.class, "plugin_target", V6PluginTarget.class,
                "order_a_status", OrderStatus.class, "order_b_status", OrderStatus.class);
        if (enums.containsKey(column)) {
            return enums.get(column);
        }
        if (column.equals("status")) {
            return switch (table) {
                case "combined_v3_trades", "price_action_5m_trades", "aggregated_trades" -> TradeStatus.class;
                case "plugins_registry" -> PluginStatus.class;
                default -> OrderStatus.class;
            };
        }
        if (column.equals("date") || table.equals("aggregated_daily_totals") && column.equals("day")) {
            return LocalDate.class;
        }
        return switch (sqlType) {
            case "INTEGER" -> column.equals("id") || column.endsWith("_ticket") || column.equals("trade_id")
                    || column.equals("legacy_id")
                    ? Long.class : Integer.class;
            case "REAL" -> Double.class;
            case "BOOLEAN" -> Boolean.class;
            case "TIMESTAMP" -> LocalDateTime.class;
            default -> String.class;
        };
    }

    @Test
    void every_spec_column_has_its_java_type_in_the_generated_code() {
        assertThat(ALL_TABLES).extracting(Table::getName)
                .containsExactlyInAnyOrderElementsOf(Stream.concat(SpecTables.ALL.stream(), SpecTables.ADDITIONS.stream())
                        .map(SpecTables.Table::name).toList());
        for (SpecTables.Table spec : Stream.concat(SpecTables.ALL.stream(), SpecTables.ADDITIONS.stream()).toList()) {
            Table<?> table = ALL_TABLES.stream().filter(t -> t.getName().equals(spec.name())).findFirst().orElseThrow();
            assertThat(Stream.of(table.fields()).map(Field::getName).toList())
                    .as("generated columns of %s", spec.name())
                    .containsExactlyElementsOf(SpecAdditions.columnsOf(spec).stream().map(SpecTables.Column::name).toList());
            for (SpecTables.Column column : SpecAdditions.columnsOf(spec)) {
                assertThat(table.field(column.name()).getType())
                        .as("%s.%s (%s)", spec.name(), column.name(), column.type())
                        .isEqualTo(expectedJavaType(spec.name(), column.name(), column.type()));
            }
        }
    }

    @Test
    void no_real_column_is_float_and_no_ticket_is_integer() {
        for (Table<?> table : ALL_TABLES) {
            for (Field<?> field : table.fields()) {
                assertThat(field.getType()).as(field.toString()).isNotEqualTo(Float.class);
                if (field.getName().endsWith("_ticket")) {
                    assertThat(field.getType()).as(field.toString()).isEqualTo(Long.class);
                }
            }
        }
    }

    @Test
    void v3_enums_tickets_and_timestamps_round_trip_through_sqlite() throws Exception {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.V3, dir))) {
            DSLContext ctx = TestDatabases.dsl(c);
            long bigTicket = 9_876_543_210_123L; // beyond 32 bits, as MT5 tickets can be
            LocalDateTime entry = LocalDateTime.of(2026, 3, 4, 5, 6, 7, 891_000_000);
            Long id = ctx.insertInto(COMBINED_V3_TRADES)
                    .set(COMBINED_V3_TRADES.ORDER_A_TICKET, bigTicket)
                    .set(COMBINED_V3_TRADES.SYMBOL, "EURUSD")
                    .set(COMBINED_V3_TRADES.DIRECTION, Direction.SELL)
                    .set(COMBINED_V3_TRADES.ENTRY_PRICE, 1.08)
                    .set(COMBINED_V3_TRADES.ENTRY_TIME, entry)
                    .set(COMBINED_V3_TRADES.SIGNAL_TYPE, "Liquidity_Trap")
                    .set(COMBINED_V3_TRADES.LOGIC_ROUTE, LogicRoute.LOGIC3)
                    .set(COMBINED_V3_TRADES.STATUS, TradeStatus.PARTIAL)
                    .set(COMBINED_V3_TRADES.ORDER_A_STATUS, OrderStatus.CLOSED)
                    .returning(COMBINED_V3_TRADES.ID)
                    .fetchOne(COMBINED_V3_TRADES.ID);
            ctx.insertInto(V3_PROFIT_BOOKINGS)
                    .set(V3_PROFIT_BOOKINGS.TRADE_ID, id)
                    .set(V3_PROFIT_BOOKINGS.ORDER_TYPE, OrderType.ORDER_A)
                    .set(V3_PROFIT_BOOKINGS.CLOSED_PERCENTAGE, 25.0)
                    .set(V3_PROFIT_BOOKINGS.CLOSED_VOLUME, 0.025)
                    .execute();
            ctx.insertInto(V3_DAILY_STATS).set(V3_DAILY_STATS.DATE, LocalDate.of(2026, 3, 4)).execute();

            var trade = ctx.selectFrom(COMBINED_V3_TRADES).where(COMBINED_V3_TRADES.ID.eq(id)).fetchSingle();
            assertThat(trade.getOrderATicket()).isEqualTo(bigTicket);
            assertThat(trade.getDirection()).isEqualTo(Direction.SELL);
            assertThat(trade.getLogicRoute()).isEqualTo(LogicRoute.LOGIC3);
            assertThat(trade.getStatus()).isEqualTo(TradeStatus.PARTIAL);
            assertThat(trade.getOrderAStatus()).isEqualTo(OrderStatus.CLOSED);
            assertThat(trade.getOrderBStatus()).isEqualTo(OrderStatus.OPEN);
            assertThat(trade.getEntryTime()).isEqualTo(entry);
            assertThat(ctx.fetchValue(V3_PROFIT_BOOKINGS.ORDER_TYPE)).isEqualTo(OrderType.ORDER_A);
            assertThat(ctx.fetchValue(V3_DAILY_STATS.DATE)).isEqualTo(LocalDate.of(2026, 3, 4));

            // Stored as the text CURRENT_TIMESTAMP would write, so SQLite's date functions agree.
            assertThat(MigrationsMatchSpecTest.query(c, "SELECT entry_time || '|' || typeof(entry_time)"
                    + " || '|' || date(entry_time) || '|' || order_a_ticket FROM combined_v3_trades"))
                    .containsExactly("2026-03-04 05:06:07.891|text|2026-03-04|" + bigTicket);
        }
    }

    @Test
    void v6_and_central_enums_round_trip_and_unknown_stored_text_is_refused_by_name() throws Exception {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.V6, dir))) {
            DSLContext ctx = TestDatabases.dsl(c);
            ctx.insertInto(V6_SIGNALS_LOG)
                    .set(V6_SIGNALS_LOG.SIGNAL_TYPE, "BULLISH_ENTRY")
                    .set(V6_SIGNALS_LOG.PLUGIN_TARGET, V6PluginTarget.PRICE_ACTION_15M)
                    .set(V6_SIGNALS_LOG.SYMBOL, "EURUSD")
                    .execute();
            assertThat(ctx.fetchValue(V6_SIGNALS_LOG.PLUGIN_TARGET)).isEqualTo(V6PluginTarget.PRICE_ACTION_15M);
            assertThat(MigrationsMatchSpecTest.query(c, "SELECT plugin_target FROM v6_signals_log"))
                    .containsExactly("price_action_15m");
            ctx.insertInto(PRICE_ACTION_1M_TRADES)
                    .set(PRICE_ACTION_1M_TRADES.SYMBOL, "XAUUSD")
                    .set(PRICE_ACTION_1M_TRADES.DIRECTION, Direction.BUY)
                    .set(PRICE_ACTION_1M_TRADES.LOT_SIZE, 0.01)
                    .set(PRICE_ACTION_1M_TRADES.ENTRY_PRICE, 2600.0)
                    .execute();
            var trade = ctx.selectFrom(PRICE_ACTION_1M_TRADES).fetchSingle();
            assertThat(trade.getStatus()).isEqualTo(OrderStatus.OPEN);
            assertThat(trade.getEntryTime()).isNotNull(); // CURRENT_TIMESTAMP's text parses back
        }
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.CENTRAL, dir))) {
            DSLContext ctx = TestDatabases.dsl(c);
            PluginsRegistryRecord v3 = ctx.selectFrom(PLUGINS_REGISTRY)
                    .where(PLUGINS_REGISTRY.PLUGIN_ID.eq("combined_v3")).fetchSingle();
            assertThat(v3.getPluginType()).isEqualTo(PluginType.V3_COMBINED);
            assertThat(v3.getStatus()).isEqualTo(PluginStatus.ACTIVE);
            assertThat(v3.getEnabled()).isTrue();
            SystemEventsRecord event = ctx.newRecord(SYSTEM_EVENTS);
            event.setEventType("SYNC_FAILED");
            event.setSeverity(Severity.CRITICAL);
            event.store();
            assertThat(ctx.fetchValue(SYSTEM_EVENTS.SEVERITY)).isEqualTo(Severity.CRITICAL);
            ctx.insertInto(AGGREGATED_TRADES)
                    .set(AGGREGATED_TRADES.PLUGIN_ID, "combined_v3")
                    .set(AGGREGATED_TRADES.MT5_TICKET, 1L)
                    .set(AGGREGATED_TRADES.SYMBOL, "EURUSD")
                    .set(AGGREGATED_TRADES.STATUS, TradeStatus.CLOSED)
                    .execute();
            assertThat(ctx.fetchValue(AGGREGATED_TRADES.STATUS)).isEqualTo(TradeStatus.CLOSED);
        }
    }

    @Test
    void a_timestamp_finer_than_microseconds_is_cut_to_microseconds() throws Exception {
        try (Connection c = TestDatabases.open(TestDatabases.migrate(DatabaseFile.CENTRAL, dir))) {
            DSLContext ctx = TestDatabases.dsl(c);
            ctx.update(PLUGINS_REGISTRY)
                    .set(PLUGINS_REGISTRY.LAST_ACTIVE, LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_789))
                    .where(PLUGINS_REGISTRY.PLUGIN_ID.eq("combined_v3"))
                    .execute();
            assertThat(MigrationsMatchSpecTest.query(c,
                    "SELECT last_active FROM plugins_registry WHERE plugin_id = 'combined_v3'"))
                    .containsExactly("2026-01-01 00:00:00.123456");
        }
    }
}
