-- Central System Database (zepix_bot.db): normalised schema snapshot.
-- Written by the build from schema/central/; do not edit. Rebuild and commit it with the migration.

CREATE TABLE aggregated_trades (
    id             INTEGER   PRIMARY KEY AUTOINCREMENT,
    plugin_id      TEXT      NOT NULL REFERENCES plugins_registry (plugin_id),
    plugin_type    TEXT      CHECK (plugin_type IN ('V3_COMBINED','V6_PRICE_ACTION')),
    mt5_ticket     INTEGER   NOT NULL,
    symbol         TEXT      NOT NULL,
    direction      TEXT      CHECK (direction IN ('BUY','SELL')),
    lot_size       REAL,
    entry_time     TIMESTAMP CHECK (entry_time IS NULL OR ((entry_time LIKE '____-__-__ __:__:__' OR entry_time LIKE '____-__-__ __:__:__.___') AND date(entry_time) IS substr(entry_time, 1, 10) AND time(entry_time) IS substr(entry_time, 12, 8) AND trim(substr(entry_time, 21), '0123456789') = '' AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_time      TIMESTAMP CHECK (exit_time IS NULL OR ((exit_time LIKE '____-__-__ __:__:__' OR exit_time LIKE '____-__-__ __:__:__.___') AND date(exit_time) IS substr(exit_time, 1, 10) AND time(exit_time) IS substr(exit_time, 12, 8) AND trim(substr(exit_time, 21), '0123456789') = '' AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
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
    installed_date TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (installed_date IS NULL OR ((installed_date LIKE '____-__-__ __:__:__' OR installed_date LIKE '____-__-__ __:__:__.___') AND date(installed_date) IS substr(installed_date, 1, 10) AND time(installed_date) IS substr(installed_date, 12, 8) AND trim(substr(installed_date, 21), '0123456789') = '' AND substr(installed_date, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    last_active    TIMESTAMP CHECK (last_active IS NULL OR ((last_active LIKE '____-__-__ __:__:__' OR last_active LIKE '____-__-__ __:__:__.___') AND date(last_active) IS substr(last_active, 1, 10) AND time(last_active) IS substr(last_active, 12, 8) AND trim(substr(last_active, 21), '0123456789') = '' AND substr(last_active, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    database_path  TEXT,
    status         TEXT      NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','DISABLED','ERROR')),
    error_message  TEXT
);

CREATE TABLE sync_status (
    plugin_id         TEXT      PRIMARY KEY NOT NULL REFERENCES plugins_registry (plugin_id),
    last_sync_time    TIMESTAMP CHECK (last_sync_time IS NULL OR ((last_sync_time LIKE '____-__-__ __:__:__' OR last_sync_time LIKE '____-__-__ __:__:__.___') AND date(last_sync_time) IS substr(last_sync_time, 1, 10) AND time(last_sync_time) IS substr(last_sync_time, 12, 8) AND trim(substr(last_sync_time, 21), '0123456789') = '' AND substr(last_sync_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    last_sync_success BOOLEAN   CHECK (last_sync_success IS NULL OR last_sync_success IN (0,1)),
    records_synced    INTEGER   NOT NULL DEFAULT 0 CHECK (records_synced >= 0),
    error_message     TEXT
, instance_id TEXT NOT NULL DEFAULT 'local'
    CHECK (length(instance_id) BETWEEN 1 AND 64));

CREATE TABLE system_config (
    key          TEXT      PRIMARY KEY NOT NULL,
    value        TEXT      NOT NULL,
    last_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (last_updated IS NULL OR ((last_updated LIKE '____-__-__ __:__:__' OR last_updated LIKE '____-__-__ __:__:__.___') AND date(last_updated) IS substr(last_updated, 1, 10) AND time(last_updated) IS substr(last_updated, 12, 8) AND trim(substr(last_updated, 21), '0123456789') = '' AND substr(last_updated, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31')))
);

CREATE TABLE system_events (
    id          INTEGER   PRIMARY KEY AUTOINCREMENT,
    event_time  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (event_time IS NULL OR ((event_time LIKE '____-__-__ __:__:__' OR event_time LIKE '____-__-__ __:__:__.___') AND date(event_time) IS substr(event_time, 1, 10) AND time(event_time) IS substr(event_time, 12, 8) AND trim(substr(event_time, 21), '0123456789') = '' AND substr(event_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    event_type  TEXT      NOT NULL,
    plugin_id   TEXT      REFERENCES plugins_registry (plugin_id),
    severity    TEXT      NOT NULL DEFAULT 'INFO' CHECK (severity IN ('INFO','WARNING','ERROR','CRITICAL')),
    description TEXT
);

CREATE INDEX idx_agg_trades_instance ON aggregated_trades (instance_id);

CREATE INDEX idx_agg_trades_plugin      ON aggregated_trades (plugin_id);

CREATE INDEX idx_agg_trades_time        ON aggregated_trades (entry_time);

CREATE UNIQUE INDEX uq_agg_trades_instance_ticket ON aggregated_trades (instance_id, plugin_id, mt5_ticket);

CREATE UNIQUE INDEX uq_sync_status_instance_plugin ON sync_status (instance_id, plugin_id);
