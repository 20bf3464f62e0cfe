package com.zepix.db.central;

import static com.zepix.db.central.jooq.tables.SystemEvents.SYSTEM_EVENTS;
import static com.zepix.db.core.ValueChecks.notNull;

import com.zepix.db.central.jooq.tables.pojos.SystemEvents;
import com.zepix.db.core.PluginDatabase;
import com.zepix.db.core.UtcTimestamps;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The bot's event log ({@code system_events}): appended to, never changed. */
public final class SystemEventLog {

    private final PluginDatabase db;

    /**
     * A log over the bot core's handle, {@code db.plugin(DatabaseKey.CENTRAL_SYSTEM)}.
     *
     * @throws IllegalArgumentException if the handle is a plugin's
     */
    public SystemEventLog(PluginDatabase central) {
        this.db = central.requireAccessTo(SYSTEM_EVENTS);
    }

    /**
     * Appends the event, timed now in UTC to the millisecond (the schema default keeps only
     * seconds, too coarse to order a burst of events or to query a narrow time range).
     *
     * @return the event as stored, with its id
     * @throws IllegalArgumentException if the event names a plugin that is not registered
     */
    public SystemEvents append(NewSystemEvent event) {
        notNull("event", event);
        return db.writeAndGet(ctx -> {
            if (event.pluginId() != null) {
                RegisteredPlugins.require(ctx, event.pluginId());
            }
            return insert(ctx, event, UtcTimestamps.now());
        });
    }

    /** Inside the caller's transaction, so an event can commit together with what it reports. */
    static SystemEvents insert(DSLContext ctx, NewSystemEvent event, LocalDateTime at) {
        return ctx.insertInto(SYSTEM_EVENTS)
                .set(SYSTEM_EVENTS.EVENT_TIME, at)
                .set(SYSTEM_EVENTS.EVENT_TYPE, event.eventType())
                .set(SYSTEM_EVENTS.PLUGIN_ID, event.pluginId())
                .set(SYSTEM_EVENTS.SEVERITY, event.severity())
                .set(SYSTEM_EVENTS.DESCRIPTION, event.description())
                .returning()
                .fetchSingleInto(SystemEvents.class);
    }

    /** Events matching every criterion of the query, newest first, at most its limit. */
    public List<SystemEvents> find(SystemEventQuery query) {
        notNull("query", query);
        return db.read(ctx -> {
            if (query.pluginId() != null) {
                RegisteredPlugins.require(ctx, query.pluginId());
            }
            return ctx.selectFrom(SYSTEM_EVENTS)
                    .where(conditions(query))
                    .orderBy(SYSTEM_EVENTS.EVENT_TIME.desc(), SYSTEM_EVENTS.ID.desc())
                    .limit(query.limit())
                    .fetchInto(SystemEvents.class);
        });
    }

    private static List<Condition> conditions(SystemEventQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.pluginId() != null) {
            conditions.add(SYSTEM_EVENTS.PLUGIN_ID.eq(query.pluginId()));
        }
        if (query.severity() != null) {
            conditions.add(SYSTEM_EVENTS.SEVERITY.eq(query.severity()));
        }
        if (query.from() != null) {
            conditions.add(SYSTEM_EVENTS.EVENT_TIME.ge(query.from()));
        }
        if (query.until() != null) {
            conditions.add(SYSTEM_EVENTS.EVENT_TIME.lt(query.until()));
        }
        return conditions;
    }
}
