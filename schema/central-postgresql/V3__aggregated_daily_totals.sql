-- Central System database on PostgreSQL: aggregated_daily_totals, the dashboard's rollup, the twin
-- of schema/central V4 (with V5's instance_id). For each instance, plugin and UTC day of
-- entry_time (trades without an entry_time belong to no day): how many trades, how many CLOSED,
-- how many CLOSED with profit_dollars > 0, and the sum of profit_dollars (NULL counted as 0). A
-- day whose trades are all gone loses its row in the same transaction.
--
-- day is TEXT 'YYYY-MM-DD' (a real calendar day, checked), not DATE: the one set of generated
-- central classes binds it as text on both dialects, and ISO text orders as the days do.
--
-- How it stays exactly in step with aggregated_trades:
-- * the sync computes each batch's changes per day itself and adds them in the same transaction;
--   while it writes, it sets zepix.daily_totals_kept_by_sync to 'on' with set_config(..., true),
--   which lasts until its transaction ends and is seen by no other session;
-- * every other write (a manual INSERT, UPDATE or DELETE, by any host or by hand) goes through
--   the trigger below, which is silent only while that setting is 'on';
-- * verify recounts aggregated_trades per instance, plugin and day and reports any difference.

CREATE TABLE aggregated_daily_totals (
    plugin_id      TEXT             NOT NULL REFERENCES plugins_registry (plugin_id),
    day            TEXT             NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                                                    AND to_char(to_date(day, 'YYYY-MM-DD'), 'YYYY-MM-DD') = day),
    trades         INTEGER          NOT NULL CHECK (trades >= 0),
    closed_trades  INTEGER          NOT NULL CHECK (closed_trades >= 0 AND closed_trades <= trades),
    winning_trades INTEGER          NOT NULL CHECK (winning_trades >= 0 AND winning_trades <= closed_trades),
    profit_dollars DOUBLE PRECISION NOT NULL,
    instance_id    TEXT             NOT NULL CHECK (instance_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    CONSTRAINT uq_daily_totals_instance_plugin_day PRIMARY KEY (instance_id, plugin_id, day)
);

INSERT INTO aggregated_daily_totals (instance_id, plugin_id, day, trades, closed_trades, winning_trades, profit_dollars)
SELECT instance_id, plugin_id, to_char(entry_time, 'YYYY-MM-DD'), count(*),
       count(*) FILTER (WHERE status = 'CLOSED'),
       count(*) FILTER (WHERE status = 'CLOSED' AND profit_dollars > 0),
       coalesce(sum(profit_dollars), 0)
FROM aggregated_trades
WHERE entry_time IS NOT NULL
GROUP BY instance_id, plugin_id, to_char(entry_time, 'YYYY-MM-DD');

-- One trade's contribution leaves its day (delta -1) or joins it (delta +1).
CREATE FUNCTION aggregated_daily_totals_add(t aggregated_trades, delta INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    d TEXT := to_char(t.entry_time, 'YYYY-MM-DD');
    closed INTEGER := CASE WHEN t.status = 'CLOSED' THEN 1 ELSE 0 END;
    winner INTEGER := CASE WHEN t.status = 'CLOSED' AND t.profit_dollars > 0 THEN 1 ELSE 0 END;
BEGIN
    IF t.entry_time IS NULL THEN
        RETURN;
    END IF;
    IF delta > 0 THEN
        INSERT INTO aggregated_daily_totals (instance_id, plugin_id, day, trades, closed_trades, winning_trades, profit_dollars)
        VALUES (t.instance_id, t.plugin_id, d, 1, closed, winner, coalesce(t.profit_dollars, 0))
        ON CONFLICT (instance_id, plugin_id, day) DO UPDATE SET
            trades = aggregated_daily_totals.trades + 1,
            closed_trades = aggregated_daily_totals.closed_trades + excluded.closed_trades,
            winning_trades = aggregated_daily_totals.winning_trades + excluded.winning_trades,
            profit_dollars = aggregated_daily_totals.profit_dollars + excluded.profit_dollars;
    ELSE
        DELETE FROM aggregated_daily_totals
        WHERE instance_id = t.instance_id AND plugin_id = t.plugin_id AND day = d AND trades = 1;
        UPDATE aggregated_daily_totals SET
            trades = trades - 1,
            closed_trades = closed_trades - closed,
            winning_trades = winning_trades - winner,
            profit_dollars = profit_dollars - coalesce(t.profit_dollars, 0)
        WHERE instance_id = t.instance_id AND plugin_id = t.plugin_id AND day = d;
    END IF;
END;
$$;

CREATE FUNCTION aggregated_daily_totals_keep() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zepix.daily_totals_kept_by_sync', true) IS NOT DISTINCT FROM 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM aggregated_daily_totals_add(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM aggregated_daily_totals_add(NEW, +1);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER aggregated_daily_totals_keep
AFTER INSERT OR DELETE OR UPDATE OF instance_id, plugin_id, entry_time, status, profit_dollars ON aggregated_trades
FOR EACH ROW EXECUTE FUNCTION aggregated_daily_totals_keep();
