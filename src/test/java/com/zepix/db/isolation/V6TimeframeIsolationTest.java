package com.zepix.db.isolation;

import static com.zepix.db.v6.jooq.tables.PriceAction_1mTrades.PRICE_ACTION_1M_TRADES;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.IsolationViolationException;
import com.zepix.db.testsupport.StoreTestBase;
import org.junit.jupiter.api.Test;

/**
 * The four V6 plugins share one file but not one another's trades tables. Lives outside the
 * v6 packages because it must name a table that the 15m plugin's code may not.
 */
class V6TimeframeIsolationTest extends StoreTestBase {

    @Test
    void the_15m_context_refuses_the_1m_trades_table_naming_it() {
        assertThatThrownBy(() -> db.plugin(DatabaseKey.V6_PRICE_ACTION_15M).read(ctx -> ctx.selectFrom(PRICE_ACTION_1M_TRADES).fetch()))
                .isInstanceOf(IsolationViolationException.class)
                .hasMessageContaining("price_action_1m_trades")
                .hasMessageContaining("v6_price_action_15m");
    }
}
