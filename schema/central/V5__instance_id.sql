-- Central System database: data/zepix_bot.db
-- V5: the instance id that a central shared by several hosts needs (schema/central-postgresql/
-- carries the same columns). The architecture's columns stay as they are; instance_id is added
-- after them.
--
-- A SQLite central lives on its host and serves that host alone: its rows carry instance_id
-- 'local' (the default fills the rows written before V5), and the architecture's own keys,
-- UNIQUE (plugin_id, mt5_ticket) and sync_status's PRIMARY KEY (plugin_id), stay in force. The
-- unique indexes below are the keys the sync's upserts name, the same on both dialects.
-- Sync cursors are keyed per instance too: sync.cursor.<instance_id>.<plugin_id>.

ALTER TABLE aggregated_trades ADD COLUMN instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX uq_agg_trades_instance_ticket ON aggregated_trades (instance_id, plugin_id, mt5_ticket);
CREATE INDEX idx_agg_trades_instance ON aggregated_trades (instance_id);

ALTER TABLE sync_status ADD COLUMN instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX uq_sync_status_instance_plugin ON sync_status (instance_id, plugin_id);

UPDATE system_config SET key = 'sync.cursor.local.' || substr(key, length('sync.cursor.') + 1)
 WHERE key LIKE 'sync.cursor.%';

-- The dashboard's rollup (V4) carries the instance too, so one set of central classes reads it on
-- both dialects (on PostgreSQL it is keyed by instance, plugin and day). Here every row is
-- 'local': V4's triggers insert without naming the column, and its PRIMARY KEY (plugin_id, day)
-- stays the key they name, which on a central with one instance is the same key.
ALTER TABLE aggregated_daily_totals ADD COLUMN instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX uq_daily_totals_instance_plugin_day ON aggregated_daily_totals (instance_id, plugin_id, day);
