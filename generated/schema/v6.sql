-- V6 Price Action Database (zepix_price_action.db): normalised schema snapshot.
-- Written by the build from schema/v6/; do not edit. Rebuild and commit it with the migration.

CREATE TABLE market_trends (
    symbol       TEXT      NOT NULL,
    timeframe    TEXT      NOT NULL CHECK (timeframe IN ('1','5','15','60','240','1440')),
    bull_count   INTEGER   NOT NULL DEFAULT 0 CHECK (bull_count >= 0),
    bear_count   INTEGER   NOT NULL DEFAULT 0 CHECK (bear_count >= 0),
    market_state TEXT,
    last_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (last_updated IS NULL OR (length(last_updated) BETWEEN 19 AND 32 AND date(substr(last_updated, 1, 10)) IS substr(last_updated, 1, 10) AND substr(last_updated, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(last_updated, 11, 1) IN (' ','T') AND time(substr(last_updated, 12, 8)) IS substr(last_updated, 12, 8) AND substr(last_updated, 12, 2) < '24' AND (substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(last_updated, 20, length(last_updated) - 19 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, length(last_updated) + 1 - (CASE WHEN substr(last_updated, -1) = 'Z' THEN 1 WHEN substr(last_updated, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    changes      TEXT,
    PRIMARY KEY (symbol, timeframe)
);

CREATE TABLE price_action_15m_trades (
    id               INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket   INTEGER   UNIQUE,
    symbol           TEXT      NOT NULL,
    direction        TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size         REAL      NOT NULL CHECK (lot_size > 0),
    entry_price      REAL      NOT NULL CHECK (entry_price > 0),
    sl_price         REAL,
    tp_price         REAL,
    entry_time       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time        TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_price       REAL,
    status           TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    confidence_score INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    pulse_bull_count INTEGER   CHECK (pulse_bull_count >= 0),
    pulse_bear_count INTEGER   CHECK (pulse_bear_count >= 0),
    profit_dollars   REAL,
    close_reason     TEXT
);

CREATE TABLE price_action_1h_trades (
    id             INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket INTEGER   UNIQUE,
    symbol         TEXT      NOT NULL,
    direction      TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size       REAL      NOT NULL CHECK (lot_size > 0),
    entry_price    REAL      NOT NULL CHECK (entry_price > 0),
    sl_price       REAL,
    tp_price       REAL,
    entry_time     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time      TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_price     REAL,
    status         TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    trend_4h       INTEGER   CHECK (trend_4h IN (-1,0,1)),
    trend_1d       INTEGER   CHECK (trend_1d IN (-1,0,1)),
    profit_dollars REAL,
    close_reason   TEXT
);

CREATE TABLE price_action_1m_trades (
    id                 INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_b_ticket     INTEGER   UNIQUE,
    symbol             TEXT      NOT NULL,
    direction          TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    lot_size           REAL      NOT NULL CHECK (lot_size > 0),
    entry_price        REAL      NOT NULL CHECK (entry_price > 0),
    sl_price           REAL,
    tp_price           REAL,
    entry_time         TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time          TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_price         REAL,
    status             TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    adx                REAL      CHECK (adx >= 0),
    confidence_score   INTEGER   CHECK (confidence_score BETWEEN 0 AND 100),
    spread_pips        REAL      CHECK (spread_pips >= 0),
    execution_speed_ms INTEGER   CHECK (execution_speed_ms >= 0),
    profit_dollars     REAL,
    close_reason       TEXT
);

CREATE TABLE price_action_5m_trades (
    id                     INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket         INTEGER   UNIQUE,
    order_b_ticket         INTEGER   UNIQUE,
    symbol                 TEXT      NOT NULL,
    direction              TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    entry_price            REAL      NOT NULL CHECK (entry_price > 0),
    entry_time             TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time              TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
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

CREATE TABLE v6_signals_log (
    id               INTEGER   PRIMARY KEY AUTOINCREMENT,
    received_time    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (received_time IS NULL OR (length(received_time) BETWEEN 19 AND 32 AND date(substr(received_time, 1, 10)) IS substr(received_time, 1, 10) AND substr(received_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(received_time, 11, 1) IN (' ','T') AND time(substr(received_time, 12, 8)) IS substr(received_time, 12, 8) AND substr(received_time, 12, 2) < '24' AND (substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
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

CREATE INDEX idx_market_trends_symbol   ON market_trends (symbol);

CREATE INDEX idx_v6_15m_status          ON price_action_15m_trades (status);

CREATE INDEX idx_v6_1h_status           ON price_action_1h_trades (status);

CREATE INDEX idx_v6_1m_status           ON price_action_1m_trades (status);

CREATE INDEX idx_v6_1m_symbol           ON price_action_1m_trades (symbol);

CREATE INDEX idx_v6_5m_status           ON price_action_5m_trades (status);

CREATE TRIGGER market_trends_utc_after_insert AFTER INSERT ON market_trends
WHEN substr(NEW.last_updated, 11, 1) = 'T' OR substr(NEW.last_updated, -1) = 'Z' OR substr(NEW.last_updated, -6, 1) IN ('+','-')
BEGIN
    UPDATE market_trends
    SET last_updated = CASE WHEN substr(last_updated, -6, 1) IN ('+','-') THEN datetime(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, -6)) || substr(last_updated, 20, length(last_updated) - 25) ELSE replace(rtrim(last_updated, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER market_trends_utc_after_update AFTER UPDATE OF last_updated ON market_trends
WHEN substr(NEW.last_updated, 11, 1) = 'T' OR substr(NEW.last_updated, -1) = 'Z' OR substr(NEW.last_updated, -6, 1) IN ('+','-')
BEGIN
    UPDATE market_trends
    SET last_updated = CASE WHEN substr(last_updated, -6, 1) IN ('+','-') THEN datetime(substr(last_updated, 1, 10) || ' ' || substr(last_updated, 12, 8) || substr(last_updated, -6)) || substr(last_updated, 20, length(last_updated) - 25) ELSE replace(rtrim(last_updated, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_15m_trades_utc_after_insert AFTER INSERT ON price_action_15m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_15m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_15m_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON price_action_15m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_15m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_1h_trades_utc_after_insert AFTER INSERT ON price_action_1h_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_1h_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_1h_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON price_action_1h_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_1h_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_1m_trades_utc_after_insert AFTER INSERT ON price_action_1m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_1m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_1m_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON price_action_1m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_1m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_5m_trades_utc_after_insert AFTER INSERT ON price_action_5m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_5m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER price_action_5m_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON price_action_5m_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE price_action_5m_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v6_signals_log_utc_after_insert AFTER INSERT ON v6_signals_log
WHEN substr(NEW.received_time, 11, 1) = 'T' OR substr(NEW.received_time, -1) = 'Z' OR substr(NEW.received_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v6_signals_log
    SET received_time = CASE WHEN substr(received_time, -6, 1) IN ('+','-') THEN datetime(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, -6)) || substr(received_time, 20, length(received_time) - 25) ELSE replace(rtrim(received_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v6_signals_log_utc_after_update AFTER UPDATE OF received_time ON v6_signals_log
WHEN substr(NEW.received_time, 11, 1) = 'T' OR substr(NEW.received_time, -1) = 'Z' OR substr(NEW.received_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v6_signals_log
    SET received_time = CASE WHEN substr(received_time, -6, 1) IN ('+','-') THEN datetime(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, -6)) || substr(received_time, 20, length(received_time) - 25) ELSE replace(rtrim(received_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;
