-- V3 Combined Logic database: data/zepix_combined_v3.db
-- V3: legacy_trade_imports, an addition beyond the architecture document's four tables.
--
-- `import-legacy` copies the legacy trading_bot.db's trades into combined_v3_trades. Each legacy
-- row it imports is linked here to the trade it became, in the same transaction as the trade:
-- so a re-run skips what is already imported, a run killed part-way leaves whole trades with
-- their links or nothing, and an audit can go from any imported trade back to its legacy rows.
-- (Version 2 of this folder is reserved for the timestamp migration.)

CREATE TABLE legacy_trade_imports (
    legacy_id   INTEGER   PRIMARY KEY NOT NULL CHECK (legacy_id > 0),
    trade_id    INTEGER   NOT NULL REFERENCES combined_v3_trades (id),
    order_type  TEXT      NOT NULL CHECK (order_type IN ('ORDER_A','ORDER_B')),
    imported_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP CHECK (imported_at IS NULL OR ((imported_at LIKE '____-__-__ __:__:__' OR imported_at LIKE '____-__-__ __:__:__.___') AND date(imported_at) IS substr(imported_at, 1, 10) AND time(imported_at) IS substr(imported_at, 12, 8) AND trim(substr(imported_at, 21), '0123456789') = '' AND substr(imported_at, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31'))),
    UNIQUE (trade_id, order_type)
);
