-- V6 Price Action database: data/zepix_price_action.db
-- V1: the 7 V6 tables and their 6 explicit indexes.
-- schema-spec.md is the contract: table and column names, column order, declared
-- types, constraints and index names follow it exactly.
--
-- TIMESTAMP columns hold UTC text 'YYYY-MM-DD HH:MM:SS' with an optional '.fff'
-- (the form CURRENT_TIMESTAMP writes). Their CHECK takes exactly that layout,
-- digits only, a real date and time of day, and refuses time-zone suffixes, a 'T'
-- separator and the impossible days 02-30, 02-31 and the 31st of 30-day months.
-- It uses only functions jOOQ's DDL parser knows (no julianday, strftime or GLOB),
-- so code generation reads every table cleanly.

CREATE TABLE price_action_1m_trades (
    id                 INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_b_ticket     INTEGER   UNIQUE,
    symbol             TEXT      NOT NULL,
    direction          TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size           REAL      NOT NULL CHECK (lot_size > 0),
    entry_price        REAL      NOT NULL CHECK (entry_price > 0),
    sl_price           REAL,
    tp_price           REAL,
    entry_time         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR ((entry_time LIKE '____-__-__ __:__:__' OR entry_time LIKE '____-__-__ __:__:__.___') AND date(entry_time) IS substr(entry_time, 1, 10) AND time(entry_time) IS substr(entry_time, 12, 8) AND trim(substr(entry_time, 21), '0123456789') = '' AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_time          TIMESTAMP CHECK (exit_time IS NULL OR ((exit_time LIKE '____-__-__ __:__:__' OR exit_time LIKE '____-__-__ __:__:__.___') AND date(exit_time) IS substr(exit_time, 1, 10) AND time(exit_time) IS substr(exit_time, 12, 8) AND trim(substr(exit_time, 21), '0123456789') = '' AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_price         REAL,
    status             TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    adx                REAL      CHECK (adx >= 0),
    confidence_score   INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    spread_pips        REAL      CHECK (spread_pips >= 0),
    execution_speed_ms INTEGER   CHECK (execution_speed_ms >= 0),
    profit_dollars     REAL,
    close_reason       TEXT
);

CREATE INDEX idx_v6_1m_status           ON price_action_1m_trades (status);
CREATE INDEX idx_v6_1m_symbol           ON price_action_1m_trades (symbol);

CREATE TABLE price_action_5m_trades (
    id                     INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket         INTEGER   UNIQUE,
    order_b_ticket         INTEGER   UNIQUE,
    symbol                 TEXT      NOT NULL,
    direction              TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    entry_price            REAL      NOT NULL CHECK (entry_price > 0),
    entry_time             TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR ((entry_time LIKE '____-__-__ __:__:__' OR entry_time LIKE '____-__-__ __:__:__.___') AND date(entry_time) IS substr(entry_time, 1, 10) AND time(entry_time) IS substr(entry_time, 12, 8) AND trim(substr(entry_time, 21), '0123456789') = '' AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_time              TIMESTAMP CHECK (exit_time IS NULL OR ((exit_time LIKE '____-__-__ __:__:__' OR exit_time LIKE '____-__-__ __:__:__.___') AND date(exit_time) IS substr(exit_time, 1, 10) AND time(exit_time) IS substr(exit_time, 12, 8) AND trim(substr(exit_time, 21), '0123456789') = '' AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    status                 TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','PARTIAL','CLOSED')),
    adx                    REAL      CHECK (adx >= 0),
    confidence_score       INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    trend_15m_aligned      BOOLEAN   CHECK (trend_15m_aligned IS NULL OR trend_15m_aligned IN (0,1)),
    order_a_lot_size       REAL      CHECK (order_a_lot_size > 0),
    order_b_lot_size       REAL      CHECK (order_b_lot_size > 0),
    order_a_sl_price       REAL,
    order_b_sl_price       REAL,
    order_a_tp_price       REAL,
    order_b_tp_price       REAL,
    order_a_profit_dollars REAL,
    order_b_profit_dollars REAL,
    total_profit_dollars   REAL,
    close_reason           TEXT
);

CREATE INDEX idx_v6_5m_status           ON price_action_5m_trades (status);

CREATE TABLE price_action_15m_trades (
    id               INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket   INTEGER   UNIQUE,
    symbol           TEXT      NOT NULL,
    direction        TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size         REAL      NOT NULL CHECK (lot_size > 0),
    entry_price      REAL      NOT NULL CHECK (entry_price > 0),
    sl_price         REAL,
    tp_price         REAL,
    entry_time       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR ((entry_time LIKE '____-__-__ __:__:__' OR entry_time LIKE '____-__-__ __:__:__.___') AND date(entry_time) IS substr(entry_time, 1, 10) AND time(entry_time) IS substr(entry_time, 12, 8) AND trim(substr(entry_time, 21), '0123456789') = '' AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_time        TIMESTAMP CHECK (exit_time IS NULL OR ((exit_time LIKE '____-__-__ __:__:__' OR exit_time LIKE '____-__-__ __:__:__.___') AND date(exit_time) IS substr(exit_time, 1, 10) AND time(exit_time) IS substr(exit_time, 12, 8) AND trim(substr(exit_time, 21), '0123456789') = '' AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_price       REAL,
    status           TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    confidence_score INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    pulse_bull_count INTEGER   CHECK (pulse_bull_count >= 0),
    pulse_bear_count INTEGER   CHECK (pulse_bear_count >= 0),
    profit_dollars   REAL,
    close_reason     TEXT
);

CREATE INDEX idx_v6_15m_status          ON price_action_15m_trades (status);

CREATE TABLE price_action_1h_trades (
    id             INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket INTEGER   UNIQUE,
    symbol         TEXT      NOT NULL,
    direction      TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size       REAL      NOT NULL CHECK (lot_size > 0),
    entry_price    REAL      NOT NULL CHECK (entry_price > 0),
    sl_price       REAL,
    tp_price       REAL,
    entry_time     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR ((entry_time LIKE '____-__-__ __:__:__' OR entry_time LIKE '____-__-__ __:__:__.___') AND date(entry_time) IS substr(entry_time, 1, 10) AND time(entry_time) IS substr(entry_time, 12, 8) AND trim(substr(entry_time, 21), '0123456789') = '' AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_time      TIMESTAMP CHECK (exit_time IS NULL OR ((exit_time LIKE '____-__-__ __:__:__' OR exit_time LIKE '____-__-__ __:__:__.___') AND date(exit_time) IS substr(exit_time, 1, 10) AND time(exit_time) IS substr(exit_time, 12, 8) AND trim(substr(exit_time, 21), '0123456789') = '' AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    exit_price     REAL,
    status         TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    trend_4h       INTEGER   CHECK (trend_4h IN (-1,0,1)),
    trend_1d       INTEGER   CHECK (trend_1d IN (-1,0,1)),
    profit_dollars REAL,
    close_reason   TEXT
);

CREATE INDEX idx_v6_1h_status           ON price_action_1h_trades (status);

CREATE TABLE market_trends (
    symbol       TEXT      NOT NULL,
    timeframe    TEXT      NOT NULL CHECK (timeframe IN ('1','5','15','60','240','1440')),
    bull_count   INTEGER   NOT NULL DEFAULT 0 CHECK (bull_count >= 0),
    bear_count   INTEGER   NOT NULL DEFAULT 0 CHECK (bear_count >= 0),
    market_state TEXT,
    last_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (last_updated IS NULL OR ((last_updated LIKE '____-__-__ __:__:__' OR last_updated LIKE '____-__-__ __:__:__.___') AND date(last_updated) IS substr(last_updated, 1, 10) AND time(last_updated) IS substr(last_updated, 12, 8) AND trim(substr(last_updated, 21), '0123456789') = '' AND substr(last_updated, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    changes      TEXT,
    PRIMARY KEY (symbol, timeframe)
);

CREATE INDEX idx_market_trends_symbol   ON market_trends (symbol);

CREATE TABLE v6_signals_log (
    id               INTEGER   PRIMARY KEY AUTOINCREMENT,
    received_time    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (received_time IS NULL OR ((received_time LIKE '____-__-__ __:__:__' OR received_time LIKE '____-__-__ __:__:__.___') AND date(received_time) IS substr(received_time, 1, 10) AND time(received_time) IS substr(received_time, 12, 8) AND trim(substr(received_time, 21), '0123456789') = '' AND substr(received_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    signal_type      TEXT      NOT NULL,
    plugin_target    TEXT      CHECK (plugin_target IS NULL OR plugin_target IN ('price_action_1m','price_action_5m','price_action_15m','price_action_1h')),
    symbol           TEXT      NOT NULL,
    timeframe        TEXT,
    adx              REAL      CHECK (adx >= 0),
    confidence_score INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    signal_json      TEXT      CHECK (signal_json IS NULL OR json_valid(signal_json)),
    processed        BOOLEAN   NOT NULL DEFAULT 0 CHECK (processed IN (0,1)),
    trade_placed     BOOLEAN   NOT NULL DEFAULT 0 CHECK (trade_placed IN (0,1)),
    skip_reason      TEXT
);

CREATE TABLE v6_daily_stats (
    date                 TEXT    PRIMARY KEY NOT NULL CHECK (date LIKE '____-__-__' AND date(date) IS date AND substr(date, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31')),
    plugin_1m_trades     INTEGER NOT NULL DEFAULT 0 CHECK (plugin_1m_trades >= 0),
    plugin_5m_trades     INTEGER NOT NULL DEFAULT 0 CHECK (plugin_5m_trades >= 0),
    plugin_15m_trades    INTEGER NOT NULL DEFAULT 0 CHECK (plugin_15m_trades >= 0),
    plugin_1h_trades     INTEGER NOT NULL DEFAULT 0 CHECK (plugin_1h_trades >= 0),
    total_profit_dollars REAL    NOT NULL DEFAULT 0,
    trend_pulse_updates  INTEGER NOT NULL DEFAULT 0 CHECK (trend_pulse_updates >= 0),
    win_rate             REAL    NOT NULL DEFAULT 0 CHECK (win_rate BETWEEN 0 AND 100)
);
