package com.zepix.db.core;

import org.slf4j.LoggerFactory;

/**
 * The switch that makes SQL visible: set the SLF4J logger {@value #LOGGER} to DEBUG and every
 * statement a context runs is logged after it ran, with its key, bind values, time and row count:
 * <pre>
 * [v6_price_action_15m] 0.41 ms, 1 row: insert into "price_action_15m_trades" (...) values (?, ?, ...) -- binds [9000000001, 'EURUSD', ...]
 * </pre>
 * <p>The logger is asked once, when {@link DatabaseService#open} runs: enabled then, every context
 * of that service gets a listener; disabled, none is installed, so logging that is off costs
 * nothing per statement. Change the level before opening the service (with java.util.logging as
 * the backend: {@code com.zepix.db.sql.level=FINE}; on the command line, {@code --log-level debug}).
 */
public final class SqlLogging {

    /** The logger name that switches SQL logging on at DEBUG. */
    public static final String LOGGER = "com.zepix.db.sql";

    private SqlLogging() {
    }

    /** Whether a service opened now would log its SQL. */
    public static boolean isEnabled() {
        return LoggerFactory.getLogger(LOGGER).isDebugEnabled();
    }
}
