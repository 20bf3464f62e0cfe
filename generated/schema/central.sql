-- Central System Database (zepix_bot.db): normalised schema snapshot.
-- Written by the build from schema/central/; do not edit. Rebuild and commit it with the migration.

CREATE TABLE aggregated_daily_totals (
    plugin_id      TEXT    NOT NULL REFERENCES plugins_registry (plugin_id),
    day            TEXT    NOT NULL CHECK (day LIKE '____-__-__' AND date(day) IS day AND substr(day, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31')),
    trades         INTEGER NOT NULL CHECK (trades >= 0),
    closed_trades  INTEGER NOT NULL CHECK (closed_trades >= 0 AND closed_trades <= trades),
    winning_trades INTEGER NOT NULL CHECK (winning_trades >= 0 AND winning_trades <= closed_trades),
    profit_dollars REAL    NOT NULL, instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64),
    PRIMARY KEY (plugin_id, day)
);

CREATE TABLE aggregated_trades (
    id             INTEGER   PRIMARY KEY AUTOINCREMENT,
    plugin_id      TEXT      NOT NULL REFERENCES plugins_registry (plugin_id),
    plugin_type    TEXT      CHECK (plugin_type IN ('V3_COMBINED','V6_PRICE_ACTION')),
    mt5_ticket     INTEGER   NOT NULL,
    symbol         TEXT      NOT NULL,
    direction      TEXT      CHECK (direction IN ('BUY','SELL')),
    lot_size       REAL,
    entry_time     TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time      TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    profit_dollars REAL,
    status         TEXT      CHECK (status IN ('OPEN','PARTIAL','CLOSED')), instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64),
    UNIQUE (plugin_id, mt5_ticket)
);

CREATE TABLE plugins_registry (
    plugin_id      TEXT      PRIMARY KEY NOT NULL,
    name           TEXT      NOT NULL,
    plugin_type    TEXT      NOT NULL CHECK (plugin_type IN ('V3_COMBINED','V6_PRICE_ACTION')),
    version        TEXT      NOT NULL,
    enabled        BOOLEAN   NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
    installed_date TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (installed_date IS NULL OR (length(installed_date) BETWEEN 19 AND 32 AND date(substr(installed_date, 1, 10)) IS substr(installed_date, 1, 10) AND substr(installed_date, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(installed_date, 11, 1) IN (' ','T') AND time(substr(installed_date, 12, 8)) IS substr(installed_date, 12, 8) AND substr(installed_date, 12, 2) < '24' AND (substr(installed_date, 20, length(installed_date) - 19 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(installed_date, 20, length(installed_date) - 19 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(installed_date, 20, length(installed_date) - 19 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(installed_date, 20, length(installed_date) - 19 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(installed_date, length(installed_date) + 1 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(installed_date, length(installed_date) + 1 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(installed_date, length(installed_date) + 1 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(installed_date, length(installed_date) + 1 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(installed_date, 1, 10) || ' ' || substr(installed_date, 12, 8) || substr(installed_date, length(installed_date) + 1 - (CASE WHEN substr(installed_date, -1) = 'Z' THEN 1 WHEN substr(installed_date, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    last_active    TIMESTAMP CHECK (last_active IS NULL OR (length(last_active) BETWEEN 19 AND 32 AND date(substr(last_active, 1, 10)) IS substr(last_active, 1, 10) AND substr(last_active, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(last_active, 11, 1) IN (' ','T') AND time(substr(last_active, 12, 8)) IS substr(last_active, 12, 8) AND substr(last_active, 12, 2) < '24' AND (substr(last_active, 20, length(last_active) - 19 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(last_active, 20, length(last_active) - 19 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(last_active, 20, length(last_active) - 19 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(last_active, 20, length(last_active) - 19 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(last_active, length(last_active) + 1 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(last_active, length(last_active) + 1 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(last_active, length(last_active) + 1 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(last_active, length(last_active) + 1 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(last_active, 1, 10) || ' ' || substr(last_active, 12, 8) || substr(last_active, length(last_active) + 1 - (CASE WHEN substr(last_active, -1) = 'Z' THEN 1 WHEN substr(last_active, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    database_path  TEXT,
    status         TEXT      NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','DISABLED','ERROR')),
    error_message  TEXT
);

CREATE TABLE sync_status (
    plugin_id         TEXT      PRIMARY KEY NOT NULL REFERENCES plugins_registry (plugin_id),
    last_sync_time    TIMESTAMP CHECK (last_sync_time IS NULL OR (length(last_sync_time) BETWEEN 19 AND 32 AND date(substr(last_sync_time, 1, 10)) IS substr(last_sync_time, 1, 10) AND substr(last_sync_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(last_sync_time, 11, 1) IN (' ','T') AND time(substr(last_sync_time, 12, 8)) IS substr(last_sync_time, 12, 8) AND substr(last_sync_time, 12, 2) < '24' AND (substr(last_sync_time, 20, length(last_sync_time) - 19 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(last_sync_time, 20, length(last_sync_time) - 19 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(last_sync_time, 20, length(last_sync_time) - 19 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(last_sync_time, 20, length(last_sync_time) - 19 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(last_sync_time, length(last_sync_time) + 1 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(last_sync_time, length(last_sync_time) + 1 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(last_sync_time, length(last_sync_time) + 1 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(last_sync_time, length(last_sync_time) + 1 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(last_sync_time, 1, 10) || ' ' || substr(last_sync_time, 12, 8) || substr(last_sync_time, length(last_sync_time) + 1 - (CASE WHEN substr(last_sync_time, -1) = 'Z' THEN 1 WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    last_sync_success BOOLEAN   CHECK (last_sync_success IS NULL OR last_sync_success IN (0,1)),
    records_synced    INTEGER   NOT NULL DEFAULT 0 CHECK (records_synced >= 0),
    error_message     TEXT
, instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64));

CREATE TABLE system_config (
    key          TEXT      PRIMARY KEY NOT NULL,
    value        TEXT      NOT NULL,
    last_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (last_updated IS NULL OR (length(last_updated) BETWEEN 19 AND 32 AND date(substr(last_updated, 1, 10)) IS substr(last_updated, 1, 10) AND substr(last_updated, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(last_updated, 11, 1) IN (' ','T') AND time(substr(last_updated, 12, 8)) IS substr(last_updated, 12, 8) AND substr(last_updated, 12, 2) < '24' AND (substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31'))))
);

CREATE TABLE system_events (
    id          INTEGER   PRIMARY KEY AUTOINCREMENT,
    event_time  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (event_time IS NULL OR (length(event_time) BETWEEN 19 AND 32 AND date(substr(event_time, 1, 10)) IS substr(event_time, 1, 10) AND substr(event_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(event_time, 11, 1) IN (' ','T') AND time(substr(event_time, 12, 8)) IS substr(event_time, 12, 8) AND substr(event_time, 12, 2) < '24' AND (substr(event_time, 20, length(event_time) - 19 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(event_time, 20, length(event_time) - 19 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(event_time, 20, length(event_time) - 19 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(event_time, 20, length(event_time) - 19 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(event_time, length(event_time) + 1 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(event_time, length(event_time) + 1 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(event_time, length(event_time) + 1 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(event_time, length(event_time) + 1 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(event_time, 1, 10) || ' ' || substr(event_time, 12, 8) || substr(event_time, length(event_time) + 1 - (CASE WHEN substr(event_time, -1) = 'Z' THEN 1 WHEN substr(event_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    event_type  TEXT      NOT NULL,
    plugin_id   TEXT      REFERENCES plugins_registry (plugin_id),
    severity    TEXT      NOT NULL DEFAULT 'INFO' CHECK (severity IN ('INFO','WARNING','ERROR','CRITICAL')),
    description TEXT
);

CREATE INDEX idx_agg_trades_instance ON aggregated_trades (instance_id);

CREATE INDEX idx_agg_trades_plugin      ON aggregated_trades (plugin_id);

CREATE INDEX idx_agg_trades_time        ON aggregated_trades (entry_time);

CREATE UNIQUE INDEX uq_agg_trades_instance_ticket ON aggregated_trades (instance_id, plugin_id, mt5_ticket);

CREATE UNIQUE INDEX uq_daily_totals_instance_plugin_day ON aggregated_daily_totals (instance_id, plugin_id, day);

CREATE UNIQUE INDEX uq_sync_status_instance_plugin ON sync_status (instance_id, plugin_id);

CREATE TRIGGER aggregated_daily_totals_on_delete
AFTER DELETE ON aggregated_trades
WHEN OLD.entry_time IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM system_config WHERE key = 'aggregated_daily_totals.kept_by_sync')
BEGIN
    DELETE FROM aggregated_daily_totals
    WHERE plugin_id = OLD.plugin_id AND day = substr(OLD.entry_time, 1, 10) AND trades = 1;
    UPDATE aggregated_daily_totals SET
        trades = trades - 1,
        closed_trades = closed_trades - CASE WHEN OLD.status = 'CLOSED' THEN 1 ELSE 0 END,
        winning_trades = winning_trades - CASE WHEN OLD.status = 'CLOSED' AND OLD.profit_dollars > 0 THEN 1 ELSE 0 END,
        profit_dollars = profit_dollars - coalesce(OLD.profit_dollars, 0)
    WHERE plugin_id = OLD.plugin_id AND day = substr(OLD.entry_time, 1, 10);
END;

CREATE TRIGGER aggregated_daily_totals_on_insert
AFTER INSERT ON aggregated_trades
WHEN NEW.entry_time IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM system_config WHERE key = 'aggregated_daily_totals.kept_by_sync')
BEGIN
    INSERT INTO aggregated_daily_totals (plugin_id, day, trades, closed_trades, winning_trades, profit_dollars)
    VALUES (NEW.plugin_id, substr(NEW.entry_time, 1, 10), 1,
            CASE WHEN NEW.status = 'CLOSED' THEN 1 ELSE 0 END,
            CASE WHEN NEW.status = 'CLOSED' AND NEW.profit_dollars > 0 THEN 1 ELSE 0 END,
            coalesce(NEW.profit_dollars, 0))
    ON CONFLICT (plugin_id, day) DO UPDATE SET
        trades = trades + excluded.trades,
        closed_trades = closed_trades + excluded.closed_trades,
        winning_trades = winning_trades + excluded.winning_trades,
        profit_dollars = profit_dollars + excluded.profit_dollars;
END;

CREATE TRIGGER aggregated_daily_totals_on_update
AFTER UPDATE OF plugin_id, entry_time, status, profit_dollars ON aggregated_trades
WHEN NOT EXISTS (SELECT 1 FROM system_config WHERE key = 'aggregated_daily_totals.kept_by_sync')
BEGIN
    DELETE FROM aggregated_daily_totals
    WHERE OLD.entry_time IS NOT NULL
      AND plugin_id = OLD.plugin_id AND day = substr(OLD.entry_time, 1, 10) AND trades = 1;
    UPDATE aggregated_daily_totals SET
        trades = trades - 1,
        closed_trades = closed_trades - CASE WHEN OLD.status = 'CLOSED' THEN 1 ELSE 0 END,
        winning_trades = winning_trades - CASE WHEN OLD.status = 'CLOSED' AND OLD.profit_dollars > 0 THEN 1 ELSE 0 END,
        profit_dollars = profit_dollars - coalesce(OLD.profit_dollars, 0)
    WHERE OLD.entry_time IS NOT NULL
      AND plugin_id = OLD.plugin_id AND day = substr(OLD.entry_time, 1, 10);
    INSERT INTO aggregated_daily_totals (plugin_id, day, trades, closed_trades, winning_trades, profit_dollars)
    SELECT NEW.plugin_id, substr(NEW.entry_time, 1, 10), 1,
           CASE WHEN NEW.status = 'CLOSED' THEN 1 ELSE 0 END,
           CASE WHEN NEW.status = 'CLOSED' AND NEW.profit_dollars > 0 THEN 1 ELSE 0 END,
           coalesce(NEW.profit_dollars, 0)
    WHERE NEW.entry_time IS NOT NULL
    ON CONFLICT (plugin_id, day) DO UPDATE SET
        trades = trades + excluded.trades,
        closed_trades = closed_trades + excluded.closed_trades,
        winning_trades = winning_trades + excluded.winning_trades,
        profit_dollars = profit_dollars + excluded.profit_dollars;
END;

CREATE TRIGGER aggregated_trades_utc_after_insert AFTER INSERT ON aggregated_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE aggregated_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER aggregated_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON aggregated_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE aggregated_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER plugins_registry_utc_after_insert AFTER INSERT ON plugins_registry
WHEN substr(NEW.installed_date, 11, 1) = 'T' OR substr(NEW.installed_date, -1) = 'Z' OR substr(NEW.installed_date, -6, 1) IN ('+','-') OR substr(NEW.last_active, 11, 1) = 'T' OR substr(NEW.last_active, -1) = 'Z' OR substr(NEW.last_active, -6, 1) IN ('+','-')
BEGIN
    UPDATE plugins_registry
    SET installed_date = CASE WHEN substr(installed_date, -6, 1) IN ('+','-') THEN datetime(substr(installed_date, 1, 10) || ' ' || substr(installed_date, 12, 8) || substr(installed_date, -6)) || substr(installed_date, 20, length(installed_date) - 25) ELSE replace(rtrim(installed_date, 'Z'), 'T', ' ') END,
        last_active = CASE WHEN substr(last_active, -6, 1) IN ('+','-') THEN datetime(substr(last_active, 1, 10) || ' ' || substr(last_active, 12, 8) || substr(last_active, -6)) || substr(last_active, 20, length(last_active) - 25) ELSE replace(rtrim(last_active, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER plugins_registry_utc_after_update AFTER UPDATE OF installed_date, last_active ON plugins_registry
WHEN substr(NEW.installed_date, 11, 1) = 'T' OR substr(NEW.installed_date, -1) = 'Z' OR substr(NEW.installed_date, -6, 1) IN ('+','-') OR substr(NEW.last_active, 11, 1) = 'T' OR substr(NEW.last_active, -1) = 'Z' OR substr(NEW.last_active, -6, 1) IN ('+','-')
BEGIN
    UPDATE plugins_registry
    SET installed_date = CASE WHEN substr(installed_date, -6, 1) IN ('+','-') THEN datetime(substr(installed_date, 1, 10) || ' ' || substr(installed_date, 12, 8) || substr(installed_date, -6)) || substr(installed_date, 20, length(installed_date) - 25) ELSE replace(rtrim(installed_date, 'Z'), 'T', ' ') END,
        last_active = CASE WHEN substr(last_active, -6, 1) IN ('+','-') THEN datetime(substr(last_active, 1, 10) || ' ' || substr(last_active, 12, 8) || substr(last_active, -6)) || substr(last_active, 20, length(last_active) - 25) ELSE replace(rtrim(last_active, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER sync_status_utc_after_insert AFTER INSERT ON sync_status
WHEN substr(NEW.last_sync_time, 11, 1) = 'T' OR substr(NEW.last_sync_time, -1) = 'Z' OR substr(NEW.last_sync_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE sync_status
    SET last_sync_time = CASE WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN datetime(substr(last_sync_time, 1, 10) || ' ' || substr(last_sync_time, 12, 8) || substr(last_sync_time, -6)) || substr(last_sync_time, 20, length(last_sync_time) - 25) ELSE replace(rtrim(last_sync_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER sync_status_utc_after_update AFTER UPDATE OF last_sync_time ON sync_status
WHEN substr(NEW.last_sync_time, 11, 1) = 'T' OR substr(NEW.last_sync_time, -1) = 'Z' OR substr(NEW.last_sync_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE sync_status
    SET last_sync_time = CASE WHEN substr(last_sync_time, -6, 1) IN ('+','-') THEN datetime(substr(last_sync_time, 1, 10) || ' ' || substr(last_sync_time, 12, 8) || substr(last_sync_time, -6)) || substr(last_sync_time, 20, length(last_sync_time) - 25) ELSE replace(rtrim(last_sync_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER system_config_utc_after_insert AFTER INSERT ON system_config
WHEN substr(NEW.last_updated, 11, 1) = 'T' OR substr(NEW.last_updated, -1) = 'Z' OR substr(NEW.last_updated, -6, 1) IN ('+','-')
BEGIN
    UPDATE system_config
    SET last_updated = CASE WHEN substr(last_updated, -6, 1) IN ('+','-') THEN datetime(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, -6)) || substr(last_updated, 20, length(last_updated) - 25) ELSE replace(rtrim(last_updated, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER system_config_utc_after_update AFTER UPDATE OF last_updated ON system_config
WHEN substr(NEW.last_updated, 11, 1) = 'T' OR substr(NEW.last_updated, -1) = 'Z' OR substr(NEW.last_updated, -6, 1) IN ('+','-')
BEGIN
    UPDATE system_config
    SET last_updated = CASE WHEN substr(last_updated, -6, 1) IN ('+','-') THEN datetime(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, -6)) || substr(last_updated, 20, length(last_updated) - 25) ELSE replace(rtrim(last_updated, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER system_events_utc_after_insert AFTER INSERT ON system_events
WHEN substr(NEW.event_time, 11, 1) = 'T' OR substr(NEW.event_time, -1) = 'Z' OR substr(NEW.event_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE system_events
    SET event_time = CASE WHEN substr(event_time, -6, 1) IN ('+','-') THEN datetime(substr(event_time, 1, 10) || ' ' || substr(event_time, 12, 8) || substr(event_time, -6)) || substr(event_time, 20, length(event_time) - 25) ELSE replace(rtrim(event_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER system_events_utc_after_update AFTER UPDATE OF event_time ON system_events
WHEN substr(NEW.event_time, 11, 1) = 'T' OR substr(NEW.event_time, -1) = 'Z' OR substr(NEW.event_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE system_events
    SET event_time = CASE WHEN substr(event_time, -6, 1) IN ('+','-') THEN datetime(substr(event_time, 1, 10) || ' ' || substr(event_time, 12, 8) || substr(event_time, -6)) || substr(event_time, 20, length(event_time) - 25) ELSE replace(rtrim(event_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;
