package com.zepix.db.core;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * One plugin's handle on its database, bound to its {@link DatabaseKey}: what the host gives a
 * plugin instead of the whole {@link DatabaseService}. Every context it hands out is the key's own,
 * so plugin code never names its key per call and has no way through this handle to another key's
 * tables. Stores are built from it: {@code new IntradayTradeStore(db.plugin(V6_PRICE_ACTION_15M))}.
 *
 * <p>Each {@code read} or {@code write} is one transaction. Writes to one file are serialised in
 * the process (the four V6 plugins share a file) and begin IMMEDIATE; reads run alongside them on
 * read-only connections. Handles are cheap, thread-safe and valid until the service is closed.
 */
public final class PluginDatabase {

    private final DatabaseService service;
    private final DatabaseKey key;

    PluginDatabase(DatabaseService service, DatabaseKey key) {
        this.service = service;
        this.key = key;
    }

    /** The key every context of this handle is bound to. */
    public DatabaseKey key() {
        return key;
    }

    /** The database file this handle's contexts work on, for messages that name it (a bad row, a failure). */
    public Path file() {
        return key.file().in(service.dataDir());
    }

    /**
     * Fails unless this handle is {@code expected}'s: for code that was given a handle to read a
     * particular plugin's tables through.
     *
     * @return this handle
     * @throws IllegalArgumentException naming both keys
     */
    public PluginDatabase requireKey(DatabaseKey expected) {
        if (key != expected) {
            throw new IllegalArgumentException("the " + key + " handle was given where the " + expected + " handle is needed");
        }
        return this;
    }

    /**
     * Runs {@code work} in one read-only transaction, so several queries see one consistent
     * snapshot, and returns its result. Return values, not records: a record fetched here would
     * outlive its connection.
     */
    public <T> T read(DatabaseWork<T> work) {
        return service.read(key, work);
    }

    /** Runs {@code work} in one IMMEDIATE write transaction, committed when it returns, rolled back if it throws. */
    public void write(Consumer<DSLContext> work) {
        service.write(key, work);
    }

    /** Like {@link #write(Consumer)}, returning what {@code work} returns (the stored row, a new id). */
    public <T> T writeAndGet(DatabaseWork<T> work) {
        return service.writeAndGet(key, work);
    }

    /**
     * Fails unless this handle's key may use {@code table}: a store checks its handle once, when it
     * is built, so that handing the 1m plugin's handle to the 15m store fails at start-up, not on
     * the first trade.
     *
     * @return this handle, for use in a constructor
     * @throws IllegalArgumentException naming the table, this key and the keys that own the table
     */
    public PluginDatabase requireAccessTo(Table<?> table) {
        if (!key.mayUse(table.getName())) {
            TreeSet<String> owners = new TreeSet<>();
            for (DatabaseKey candidate : DatabaseKey.values()) {
                if (candidate.mayUse(table.getName())) {
                    owners.add(candidate.id());
                }
            }
            throw new IllegalArgumentException("the " + key + " handle cannot use " + table.getName()
                    + ": that table belongs to " + String.join(", ", owners));
        }
        return this;
    }

    @Override
    public String toString() {
        return "PluginDatabase[" + key + " in " + service.dataDir() + "]";
    }
}
