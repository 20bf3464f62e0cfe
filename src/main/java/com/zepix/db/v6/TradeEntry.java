package com.zepix.db.v6;

import static com.zepix.db.core.ValueChecks.notBlank;
import static com.zepix.db.core.ValueChecks.notNull;
import static com.zepix.db.core.ValueChecks.positive;
import static com.zepix.db.core.ValueChecks.positiveOrNull;

import com.zepix.db.core.Direction;

/**
 * The entry of a single-order V6 trade (1m, 15m, 1h), common to all three tables. The ticket is
 * not here: it is Order B on the 1m table and Order A on the others, and its check names the column.
 */
public record TradeEntry(String symbol, Direction direction, double lotSize, double entryPrice,
        Double slPrice, Double tpPrice) {

    public TradeEntry {
        notBlank("symbol", symbol);
        notNull("direction", direction);
        positive("lot_size", lotSize);
        positive("entry_price", entryPrice);
        positiveOrNull("sl_price", slPrice);
        positiveOrNull("tp_price", tpPrice);
    }
}
