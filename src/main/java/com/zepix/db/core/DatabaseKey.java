package com.zepix.db.core;

import java.util.Set;

/**
 * The architecture's six logical database keys. Each names the file it lives in and the only
 * tables a context for it may touch: the four V6 keys share one file but not one another's
 * trades tables. A key's tables are the architecture document's, plus this project's additions
 * beyond it (each made by its own migration), which reports name apart and never count.
 */
public enum DatabaseKey {
    V3_COMBINED("v3_combined", DatabaseFile.V3,
            Set.of("combined_v3_trades", "v3_profit_bookings", "v3_signals_log", "v3_daily_stats"),
            Set.of("legacy_trade_imports")),
    V6_PRICE_ACTION_1M("v6_price_action_1m", DatabaseFile.V6, v6With("price_action_1m_trades")),
    V6_PRICE_ACTION_5M("v6_price_action_5m", DatabaseFile.V6, v6With("price_action_5m_trades")),
    V6_PRICE_ACTION_15M("v6_price_action_15m", DatabaseFile.V6, v6With("price_action_15m_trades")),
    V6_PRICE_ACTION_1H("v6_price_action_1h", DatabaseFile.V6, v6With("price_action_1h_trades")),
    CENTRAL_SYSTEM("central_system", DatabaseFile.CENTRAL,
            Set.of("plugins_registry", "aggregated_trades", "system_config", "system_events", "sync_status"),
            Set.of("aggregated_daily_totals")); // central V4's dashboard rollup

    /** Tables every V6 plugin shares. */
    public static final Set<String> SHARED_V6_TABLES = Set.of("market_trends", "v6_signals_log", "v6_daily_stats");

    private final String id;
    private final DatabaseFile file;
    private final Set<String> architectureTables;
    private final Set<String> additions;
    private final Set<String> tables;

    DatabaseKey(String id, DatabaseFile file, Set<String> architectureTables) {
        this(id, file, architectureTables, Set.of());
    }

    DatabaseKey(String id, DatabaseFile file, Set<String> architectureTables, Set<String> additions) {
        this.id = id;
        this.file = file;
        this.architectureTables = architectureTables;
        this.additions = additions;
        Set<String> all = new java.util.HashSet<>(architectureTables);
        all.addAll(additions);
        this.tables = Set.copyOf(all);
    }

    private static Set<String> v6With(String ownTradesTable) {
        return Set.of(ownTradesTable, "market_trends", "v6_signals_log", "v6_daily_stats");
    }

    /** The key as the architecture document spells it, e.g. {@code v6_price_action_15m}. */
    public String id() {
        return id;
    }

    /** The file this key's tables live in; the four V6 keys share one. */
    public DatabaseFile file() {
        return file;
    }

    /** The tables the architecture document gives this key. */
    public Set<String> architectureTables() {
        return architectureTables;
    }

    /** Tables this project adds beyond the architecture document for this key. */
    public Set<String> additions() {
        return additions;
    }

    /** Every addition beyond the architecture document in {@code file}, by any key. */
    public static Set<String> additionsIn(DatabaseFile file) {
        Set<String> additions = new java.util.TreeSet<>();
        for (DatabaseKey key : values()) {
            if (key.file == file) {
                additions.addAll(key.additions);
            }
        }
        return additions;
    }

    /** Lower-case names of the tables a context for this key may use: the architecture's and the additions. */
    public Set<String> tables() {
        return tables;
    }

    /** Whether a context for this key may name {@code table} (any case). */
    public boolean mayUse(String table) {
        return tables.contains(table.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The key spelled as the architecture document spells it, e.g. {@code v6_price_action_15m}.
     *
     * @throws IllegalArgumentException for an id that is none of the six
     */
    public static DatabaseKey fromId(String id) {
        for (DatabaseKey key : values()) {
            if (key.id.equals(id)) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown database key '" + id + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
