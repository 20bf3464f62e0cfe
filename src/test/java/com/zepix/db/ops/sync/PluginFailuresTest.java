package com.zepix.db.ops.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseUnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class PluginFailuresTest {

    private static final Path FILE = Path.of("data/zepix_price_action.db");

    @Test
    void jooqs_sql_text_gives_way_to_sqlites_detail_and_code() {
        SQLiteException sqlite = new SQLiteException("[SQLITE_ERROR] SQL error or missing database"
                + " (no such table: price_action_1m_trades)", SQLiteErrorCode.SQLITE_ERROR);
        DataAccessException jooq = new DataAccessException("SQL [select price_action_1m_trades.id from"
                + " price_action_1m_trades]; [SQLITE_ERROR] SQL error or missing database (no such table:"
                + " price_action_1m_trades)", sqlite);

        assertThat(PluginFailures.describe(FILE, jooq))
                .isEqualTo("data/zepix_price_action.db: no such table: price_action_1m_trades (SQLITE_ERROR)");
    }

    @Test
    void a_jooq_message_without_a_driver_cause_loses_its_sql_text() {
        assertThat(PluginFailures.describe(FILE, new DataAccessException("SQL [select 1]; something broke")))
                .isEqualTo("data/zepix_price_action.db: something broke");
    }

    @Test
    void a_message_of_ours_that_names_the_file_is_kept_as_it_is() {
        DatabaseUnavailableException missing = new DatabaseUnavailableException(FILE, "does not exist");

        assertThat(PluginFailures.describe(FILE, missing)).isEqualTo("data/zepix_price_action.db does not exist");
    }

    @Test
    void anything_else_gets_the_file_in_front_and_a_blank_message_its_class() {
        assertThat(PluginFailures.describe(FILE, new IllegalStateException("stopped")))
                .isEqualTo("data/zepix_price_action.db: stopped");
        assertThat(PluginFailures.describe(FILE, new IllegalStateException(" ")))
                .isEqualTo("data/zepix_price_action.db: IllegalStateException");
        assertThat(PluginFailures.describe(FILE, new RuntimeException(new SQLException("driver says no"))))
                .isEqualTo("data/zepix_price_action.db: driver says no");
    }
}
