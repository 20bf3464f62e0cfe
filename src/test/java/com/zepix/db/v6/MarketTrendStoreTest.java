package com.zepix.db.v6;

import static com.zepix.db.v6.jooq.tables.MarketTrends.MARKET_TRENDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.UtcTimestamps;
import com.zepix.db.testsupport.StoreTestBase;
import com.zepix.db.v6.jooq.tables.pojos.MarketTrends;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketTrendStoreTest extends StoreTestBase {

    private MarketTrendStore store;

    @BeforeEach
    void createStore() {
        store = new MarketTrendStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_15M));
    }

    private int rows() {
        return rows(DatabaseKey.V6_PRICE_ACTION_15M, MARKET_TRENDS);
    }

    @Test
    void upsert_inserts_the_pair_stamped_now() {
        LocalDateTime before = UtcTimestamps.now();

        MarketTrends stored = store.upsert(new MarketTrendUpdate("EURUSD", "15", 3, 1, "TRENDING_BULLISH", "5,15"));

        assertThat(stored).isEqualTo(new MarketTrends("EURUSD", "15", 3, 1, "TRENDING_BULLISH",
                stored.lastUpdated(), "5,15"));
        assertThat(stored.lastUpdated()).isBetween(before, UtcTimestamps.now());
        assertThat(store.find("EURUSD", "15")).contains(stored);
    }

    @Test
    void upsert_twice_updates_the_one_row() throws InterruptedException {
        MarketTrends first = store.upsert(new MarketTrendUpdate("EURUSD", "15", 3, 1, "TRENDING_BULLISH", "5,15"));
        Thread.sleep(5);

        MarketTrends second = store.upsert(new MarketTrendUpdate("EURUSD", "15", 1, 4, "TRENDING_BEARISH", null));

        assertThat(rows()).isEqualTo(1);
        assertThat(second.bullCount()).isEqualTo(1);
        assertThat(second.bearCount()).isEqualTo(4);
        assertThat(second.marketState()).isEqualTo("TRENDING_BEARISH");
        assertThat(second.changes()).isNull();
        assertThat(second.lastUpdated()).isAfter(first.lastUpdated());
        assertThat(store.find("EURUSD", "15")).contains(second);
    }

    @Test
    void find_by_symbol_lists_its_timeframes_shortest_first() {
        for (String timeframe : new String[] {"240", "1", "1440", "15", "60", "5"}) {
            store.upsert(new MarketTrendUpdate("EURUSD", timeframe, 1, 0, "SIDEWAYS", null));
        }
        store.upsert(new MarketTrendUpdate("GBPUSD", "15", 0, 0, null, null));

        assertThat(store.findBySymbol("EURUSD")).extracting(MarketTrends::timeframe)
                .containsExactly("1", "5", "15", "60", "240", "1440");
        assertThat(store.findBySymbol("USDCHF")).isEmpty();
        assertThat(store.find("GBPUSD", "60")).isEmpty();
    }

    @Test
    void every_v6_key_shares_the_table_and_other_keys_are_refused() {
        new MarketTrendStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1M))
                .upsert(new MarketTrendUpdate("XAUUSD", "1", 2, 0, null, null));

        assertThat(new MarketTrendStore(db.plugin(DatabaseKey.V6_PRICE_ACTION_1H)).find("XAUUSD", "1")).isPresent();
        assertThatThrownBy(() -> new MarketTrendStore(db.plugin(DatabaseKey.CENTRAL_SYSTEM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the central_system handle cannot use market_trends: that table belongs to v6_price_action_15m,"
                        + " v6_price_action_1h, v6_price_action_1m, v6_price_action_5m");
    }

    @Test
    void impossible_values_are_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> store.upsert(new MarketTrendUpdate("EURUSD", "30", 1, 1, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe must be one of [1, 5, 15, 60, 240, 1440], was '30'");
        assertThatThrownBy(() -> store.upsert(new MarketTrendUpdate("EURUSD", "15", -1, 1, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bull_count must be >= 0, was -1");
        assertThatThrownBy(() -> store.upsert(new MarketTrendUpdate("", "15", 1, 1, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("symbol must not be blank, was ''");
        assertThatThrownBy(() -> store.find("EURUSD", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe must be one of [1, 5, 15, 60, 240, 1440], was null");
        assertThat(rows()).isZero();
    }
}
