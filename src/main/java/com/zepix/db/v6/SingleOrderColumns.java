package com.zepix.db.v6;

import com.zepix.db.core.Direction;
import com.zepix.db.core.OrderStatus;
import java.time.LocalDateTime;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * The columns the three single-order V6 trades tables have in common, handed over by each
 * timeframe's store so that {@link SingleOrderTrades} can work on any of them without naming one.
 */
public record SingleOrderColumns<R extends UpdatableRecord<R>>(
        Table<R> table,
        TableField<R, Long> id,
        TableField<R, Long> ticket,
        TableField<R, String> symbol,
        TableField<R, Direction> direction,
        TableField<R, Double> lotSize,
        TableField<R, Double> entryPrice,
        TableField<R, Double> slPrice,
        TableField<R, Double> tpPrice,
        TableField<R, LocalDateTime> entryTime,
        TableField<R, OrderStatus> status,
        TableField<R, LocalDateTime> exitTime,
        TableField<R, Double> exitPrice,
        TableField<R, Double> profitDollars,
        TableField<R, String> closeReason) {
}
