-- Central System database: data/zepix_bot.db
-- V4: aggregated_daily_totals, a per-plugin, per-UTC-day rollup of aggregated_trades for the
-- dashboard. An addition beyond the architecture's five tables (init names it as one): grouping
-- a million aggregated trades by day took seconds, reading this rollup takes a millisecond.
--
-- It holds, for each plugin and day of entry_time (trades without an entry_time belong to no day):
-- how many trades, how many CLOSED, how many CLOSED with profit_dollars > 0, and the sum of
-- profit_dollars (NULL counted as 0). A day whose trades are all gone loses its row in the same
-- transaction.
--
-- How it stays exactly in step with aggregated_trades:
-- * the sync computes each batch's changes per day itself and adds them in the same transaction
--   (triggers doing that row by row made a first sync 2.5x slower); while it writes, it holds the
--   system_config row 'aggregated_daily_totals.kept_by_sync', inserted and deleted inside its own
--   transaction, so no other connection ever sees it;
-- * every other write (a manual INSERT, UPDATE or DELETE) goes through the three triggers below,
--   which are silent only while that row exists;
-- * a restored central brings its own rollup, consistent with its own aggregated_trades; an older
--   one gets it built by this migration when init upgrades it;
-- * verify recounts aggregated_trades and reports any difference.

CREATE TABLE aggregated_daily_totals (
    plugin_id      TEXT    NOT NULL REFERENCES plugins_registry (plugin_id),
    day            TEXT    NOT NULL CHECK (day LIKE '____-__-__' AND date(day) IS day AND substr(day, 6, 5) NOT IN ('02-30','02-31','04-31','06-31','09-31','11-31')),
    trades         INTEGER NOT NULL CHECK (trades >= 0),
    closed_trades  INTEGER NOT NULL CHECK (closed_trades >= 0 AND closed_trades <= trades),
    winning_trades INTEGER NOT NULL CHECK (winning_trades >= 0 AND winning_trades <= closed_trades),
    profit_dollars REAL    NOT NULL,
    PRIMARY KEY (plugin_id, day)
);

INSERT INTO aggregated_daily_totals (plugin_id, day, trades, closed_trades, winning_trades, profit_dollars)
SELECT plugin_id, substr(entry_time, 1, 10), count(*),
       sum(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),
       sum(CASE WHEN status = 'CLOSED' AND profit_dollars > 0 THEN 1 ELSE 0 END),
       total(profit_dollars)
FROM aggregated_trades
WHERE entry_time IS NOT NULL
GROUP BY plugin_id, substr(entry_time, 1, 10);

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
