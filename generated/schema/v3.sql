-- V3 Combined Logic Database (zepix_combined_v3.db): normalised schema snapshot.
-- Written by the build from schema/v3/; do not edit. Rebuild and commit it with the migration.

CREATE TABLE combined_v3_trades (
    id                     INTEGER   PRIMARY KEY AUTOINCREMENT,
    order_a_ticket         INTEGER   UNIQUE,
    order_b_ticket         INTEGER   UNIQUE,
    mt5_parent_ticket      INTEGER,
    symbol                 TEXT      NOT NULL,
    direction              TEXT      NOT NULL CHECK (direction IN ('BUY','SELL')),
    entry_price            REAL      NOT NULL CHECK (entry_price > 0),
    entry_time             TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (entry_time IS NULL OR (length(entry_time) BETWEEN 19 AND 32 AND date(substr(entry_time, 1, 10)) IS substr(entry_time, 1, 10) AND substr(entry_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(entry_time, 11, 1) IN (' ','T') AND time(substr(entry_time, 12, 8)) IS substr(entry_time, 12, 8) AND substr(entry_time, 12, 2) < '24' AND (substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(entry_time, 20, length(entry_time) - 19 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, length(entry_time) + 1 - (CASE WHEN substr(entry_time, -1) = 'Z' THEN 1 WHEN substr(entry_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    exit_time              TIMESTAMP CHECK (exit_time IS NULL OR (length(exit_time) BETWEEN 19 AND 32 AND date(substr(exit_time, 1, 10)) IS substr(exit_time, 1, 10) AND substr(exit_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(exit_time, 11, 1) IN (' ','T') AND time(substr(exit_time, 12, 8)) IS substr(exit_time, 12, 8) AND substr(exit_time, 12, 2) < '24' AND (substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(exit_time, 20, length(exit_time) - 19 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, length(exit_time) + 1 - (CASE WHEN substr(exit_time, -1) = 'Z' THEN 1 WHEN substr(exit_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    status                 TEXT      NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','PARTIAL','CLOSED')),
    signal_type            TEXT      NOT NULL,
    signal_timeframe       TEXT      CHECK (signal_timeframe IS NULL OR signal_timeframe IN ('5','15','60','240')),
    consensus_score        INTEGER   CHECK (consensus_score BETWEEN 0 AND 9),
    position_multiplier    REAL      CHECK (position_multiplier > 0 AND position_multiplier <= 1),
    mtf_15m                INTEGER   CHECK (mtf_15m IN (-1,0,1)),
    mtf_1h                 INTEGER   CHECK (mtf_1h IN (-1,0,1)),
    mtf_4h                 INTEGER   CHECK (mtf_4h IN (-1,0,1)),
    mtf_1d                 INTEGER   CHECK (mtf_1d IN (-1,0,1)),
    logic_route            TEXT      NOT NULL CHECK (logic_route IN ('LOGIC1','LOGIC2','LOGIC3')),
    logic_multiplier       REAL,
    order_a_lot_size       REAL      CHECK (order_a_lot_size > 0),
    order_b_lot_size       REAL      CHECK (order_b_lot_size > 0),
    order_a_sl_price       REAL,
    order_b_sl_price       REAL,
    order_a_tp_price       REAL,
    order_b_tp_price       REAL,
    order_a_exit_price     REAL,
    order_a_profit_dollars REAL,
    order_a_status         TEXT      NOT NULL DEFAULT 'OPEN' CHECK (order_a_status IN ('OPEN','CLOSED')),
    order_b_exit_price     REAL,
    order_b_profit_dollars REAL,
    order_b_status         TEXT      NOT NULL DEFAULT 'OPEN' CHECK (order_b_status IN ('OPEN','CLOSED')),
    total_profit_dollars   REAL,
    close_reason           TEXT,
    notes                  TEXT
);

CREATE TABLE legacy_trade_imports (
    legacy_id   INTEGER   PRIMARY KEY NOT NULL CHECK (legacy_id > 0),
    trade_id    INTEGER   NOT NULL REFERENCES combined_v3_trades (id),
    order_type  TEXT      NOT NULL CHECK (order_type IN ('ORDER_A','ORDER_B')),
    imported_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (imported_at IS NULL OR ((imported_at LIKE '____-__-__ __:__:__' OR imported_at LIKE '____-__-__ __:__:__.___') AND date(imported_at) IS substr(imported_at, 1, 10) AND time(imported_at) IS substr(imported_at, 12, 8) AND trim(substr(imported_at, 21), '0123456789') = '' AND substr(imported_at, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    UNIQUE (trade_id, order_type)
);

CREATE TABLE v3_daily_stats (
    date                 TEXT    PRIMARY KEY NOT NULL CHECK (date LIKE '____-__-__' AND date(date) IS date AND substr(date, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31')),
    total_dual_entries   INTEGER NOT NULL DEFAULT 0 CHECK (total_dual_entries >= 0),
    total_order_a_closed INTEGER NOT NULL DEFAULT 0 CHECK (total_order_a_closed >= 0),
    total_order_b_closed INTEGER NOT NULL DEFAULT 0 CHECK (total_order_b_closed >= 0),
    logic1_trades        INTEGER NOT NULL DEFAULT 0 CHECK (logic1_trades >= 0),
    logic2_trades        INTEGER NOT NULL DEFAULT 0 CHECK (logic2_trades >= 0),
    logic3_trades        INTEGER NOT NULL DEFAULT 0 CHECK (logic3_trades >= 0),
    total_profit_dollars REAL    NOT NULL DEFAULT 0,
    win_rate             REAL    NOT NULL DEFAULT 0 CHECK (win_rate BETWEEN 0 AND 100)
);

CREATE TABLE v3_profit_bookings (
    id                INTEGER   PRIMARY KEY AUTOINCREMENT,
    trade_id          INTEGER   NOT NULL REFERENCES combined_v3_trades (id),
    order_type        TEXT      NOT NULL CHECK (order_type IN ('ORDER_A','ORDER_B')),
    booking_time      TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (booking_time IS NULL OR (length(booking_time) BETWEEN 19 AND 32 AND date(substr(booking_time, 1, 10)) IS substr(booking_time, 1, 10) AND substr(booking_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(booking_time, 11, 1) IN (' ','T') AND time(substr(booking_time, 12, 8)) IS substr(booking_time, 12, 8) AND substr(booking_time, 12, 2) < '24' AND (substr(booking_time, 20, length(booking_time) - 19 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(booking_time, 20, length(booking_time) - 19 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(booking_time, 20, length(booking_time) - 19 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(booking_time, 20, length(booking_time) - 19 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(booking_time, length(booking_time) + 1 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(booking_time, length(booking_time) + 1 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(booking_time, length(booking_time) + 1 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(booking_time, length(booking_time) + 1 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(booking_time, 1, 10) || ' ' || substr(booking_time, 12, 8) || substr(booking_time, length(booking_time) + 1 - (CASE WHEN substr(booking_time, -1) = 'Z' THEN 1 WHEN substr(booking_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    closed_percentage REAL      NOT NULL CHECK (closed_percentage > 0 AND closed_percentage <= 100),
    closed_volume     REAL      NOT NULL CHECK (closed_volume > 0),
    profit_dollars    REAL,
    reason            TEXT
);

CREATE TABLE v3_signals_log (
    id              INTEGER   PRIMARY KEY AUTOINCREMENT,
    received_time   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (received_time IS NULL OR (length(received_time) BETWEEN 19 AND 32 AND date(substr(received_time, 1, 10)) IS substr(received_time, 1, 10) AND substr(received_time, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31') AND substr(received_time, 11, 1) IN (' ','T') AND time(substr(received_time, 12, 8)) IS substr(received_time, 12, 8) AND substr(received_time, 12, 2) < '24' AND (substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) = '' OR (substr(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 1, 1) = '.' AND length(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))) BETWEEN 2 AND 7 AND trim(substr(substr(received_time, 20, length(received_time) - 19 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2), '0123456789') = '')) AND (substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)) IN ('','Z') OR (time(substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00') IS substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2) || ':00' AND substr(substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END)), 2, 2) < '24' AND coalesce(date(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, length(received_time) + 1 - (CASE WHEN substr(received_time, -1) = 'Z' THEN 1 WHEN substr(received_time, -6, 1) IN ('+','-') THEN 6 ELSE 0 END))), '') BETWEEN '0000-01-01' AND '9999-12-31')))),
    signal_type     TEXT      NOT NULL,
    symbol          TEXT      NOT NULL,
    direction       TEXT      CHECK (direction IN ('BUY','SELL')),
    timeframe       TEXT,
    consensus_score INTEGER   CHECK (consensus_score BETWEEN 0 AND 9),
    signal_json     TEXT      CHECK (signal_json IS NULL OR json_valid(signal_json)),
    processed       BOOLEAN   NOT NULL DEFAULT 0 CHECK (processed IN (0,1)),
    trade_placed    BOOLEAN   NOT NULL DEFAULT 0 CHECK (trade_placed IN (0,1)),
    trade_id        INTEGER   REFERENCES combined_v3_trades (id),
    skip_reason     TEXT
);

CREATE INDEX idx_v3_trades_entry_time   ON combined_v3_trades (entry_time);

CREATE INDEX idx_v3_trades_logic_route  ON combined_v3_trades (logic_route);

CREATE INDEX idx_v3_trades_signal_type  ON combined_v3_trades (signal_type);

CREATE INDEX idx_v3_trades_status       ON combined_v3_trades (status);

CREATE INDEX idx_v3_trades_symbol       ON combined_v3_trades (symbol);

CREATE TRIGGER combined_v3_trades_utc_after_insert AFTER INSERT ON combined_v3_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE combined_v3_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER combined_v3_trades_utc_after_update AFTER UPDATE OF entry_time, exit_time ON combined_v3_trades
WHEN substr(NEW.entry_time, 11, 1) = 'T' OR substr(NEW.entry_time, -1) = 'Z' OR substr(NEW.entry_time, -6, 1) IN ('+','-') OR substr(NEW.exit_time, 11, 1) = 'T' OR substr(NEW.exit_time, -1) = 'Z' OR substr(NEW.exit_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE combined_v3_trades
    SET entry_time = CASE WHEN substr(entry_time, -6, 1) IN ('+','-') THEN datetime(substr(entry_time, 1, 10) || ' ' || substr(entry_time, 12, 8) || substr(entry_time, -6)) || substr(entry_time, 20, length(entry_time) - 25) ELSE replace(rtrim(entry_time, 'Z'), 'T', ' ') END,
        exit_time = CASE WHEN substr(exit_time, -6, 1) IN ('+','-') THEN datetime(substr(exit_time, 1, 10) || ' ' || substr(exit_time, 12, 8) || substr(exit_time, -6)) || substr(exit_time, 20, length(exit_time) - 25) ELSE replace(rtrim(exit_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v3_profit_bookings_utc_after_insert AFTER INSERT ON v3_profit_bookings
WHEN substr(NEW.booking_time, 11, 1) = 'T' OR substr(NEW.booking_time, -1) = 'Z' OR substr(NEW.booking_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v3_profit_bookings
    SET booking_time = CASE WHEN substr(booking_time, -6, 1) IN ('+','-') THEN datetime(substr(booking_time, 1, 10) || ' ' || substr(booking_time, 12, 8) || substr(booking_time, -6)) || substr(booking_time, 20, length(booking_time) - 25) ELSE replace(rtrim(booking_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v3_profit_bookings_utc_after_update AFTER UPDATE OF booking_time ON v3_profit_bookings
WHEN substr(NEW.booking_time, 11, 1) = 'T' OR substr(NEW.booking_time, -1) = 'Z' OR substr(NEW.booking_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v3_profit_bookings
    SET booking_time = CASE WHEN substr(booking_time, -6, 1) IN ('+','-') THEN datetime(substr(booking_time, 1, 10) || ' ' || substr(booking_time, 12, 8) || substr(booking_time, -6)) || substr(booking_time, 20, length(booking_time) - 25) ELSE replace(rtrim(booking_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v3_signals_log_utc_after_insert AFTER INSERT ON v3_signals_log
WHEN substr(NEW.received_time, 11, 1) = 'T' OR substr(NEW.received_time, -1) = 'Z' OR substr(NEW.received_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v3_signals_log
    SET received_time = CASE WHEN substr(received_time, -6, 1) IN ('+','-') THEN datetime(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, -6)) || substr(received_time, 20, length(received_time) - 25) ELSE replace(rtrim(received_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER v3_signals_log_utc_after_update AFTER UPDATE OF received_time ON v3_signals_log
WHEN substr(NEW.received_time, 11, 1) = 'T' OR substr(NEW.received_time, -1) = 'Z' OR substr(NEW.received_time, -6, 1) IN ('+','-')
BEGIN
    UPDATE v3_signals_log
    SET received_time = CASE WHEN substr(received_time, -6, 1) IN ('+','-') THEN datetime(substr(received_time, 1, 10) || ' ' || substr(received_time, 12, 8) || substr(received_time, -6)) || substr(received_time, 20, length(received_time) - 25) ELSE replace(rtrim(received_time, 'Z'), 'T', ' ') END
    WHERE rowid = NEW.rowid;
END;
