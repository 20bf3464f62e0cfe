package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SystemConfig.SYSTEM_CONFIG;
import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.central.jooq.tables.pojos.SystemConfig;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The bot's key/value settings ({@code system_config}), each stamped with when it last changed. */
public final class SystemConfigStore {

    private final PluginDatabase db;

    /**
     * A store over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public SystemConfigStore(PluginDatabase central) {
        this.db = central.requireAccessTo(SYSTEM_CONFIG);
    }

    /** The value, or empty if the key was never set. */
    public Optional<String> get(String key) {
        return findByKey(key).map(SystemConfig::value);
    }

    /** The value with its last_updated time, or empty if the key was never set. */
    public Optional<SystemConfig> findByKey(String key) {
        notBlank("key", key);
        return db.read(ctx -> select(ctx, key));
    }

    /** All settings, by key. */
    public List<SystemConfig> findAll() {
        return db.read(ctx -> ctx.selectFrom(SYSTEM_CONFIG)
                .orderBy(SYSTEM_CONFIG.KEY)
                .fetchInto(SystemConfig.class));
    }

    /** Inserts or replaces the value, stamping last_updated with the current UTC time; returns the stored row. */
    public SystemConfig set(String key, String value) {
        notBlank("key", key);
        notNull("value", value);
        return db.writeAndGet(ctx -> {
            LocalDateTime now = UtcTimestamps.now();
            ctx.insertInto(SYSTEM_CONFIG)
                    .set(SYSTEM_CONFIG.KEY, key)
                    .set(SYSTEM_CONFIG.VALUE, value)
                    .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                    .onConflict(SYSTEM_CONFIG.KEY)
                    .doUpdate()
                    .set(SYSTEM_CONFIG.VALUE, value)
                    .set(SYSTEM_CONFIG.LAST_UPDATED, now)
                    .execute();
            // Read back rather than rely on RETURNING from the update branch of an upsert.
            return select(ctx, key).orElseThrow();
        });
    }

    private static Optional<SystemConfig> select(DSLContext ctx, String key) {
        return ctx.selectFrom(SYSTEM_CONFIG).where(SYSTEM_CONFIG.KEY.eq(key)).fetchOptionalInto(SystemConfig.class);
    }
}
