package com.zepix.db.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseKey;
import com.zepix.db.core.DatabaseFile;
import com.zepix.db.core.DatabaseService;
import com.zepix.db.core.Direction;
import com.zepix.db.core.LogicRoute;
import com.zepix.db.ops.schema.SchemaSnapshot;
import com.zepix.db.testsupport.TestDatabases;
import com.zepix.db.v3.DualOrder;
import com.zepix.db.v3.MtfTrends;
import com.zepix.db.v3.NewDualTrade;
import com.zepix.db.v3.V3Signal;
import com.zepix.db.v3.V3SignalLog;
import com.zepix.db.v3.V3TradeStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever text a plugin is handed comes back byte for byte, and cannot touch the schema. */
class HostileInputTest {

    private static final String MEGABYTE = "x".repeat(1 << 20);

    private static final List<String> HOSTILE = List.of(
            "O'Brien \"quoted\" `ticks`",
            "EURUSD; DELETE FROM combined_v3_trades; --",
            "'); DROP TABLE combined_v3_trades; --",
            "nul\u0000inside\u0000twice",
            "non-BMP \uD83D\uDE80\uD83D\uDCC8 \uD835\uDD38 and an accent \u00e9",
            "line\nbreaks\r\nand\ttabs",
            MEGABYTE + "'; DROP TABLE v3_signals_log; --");

    @TempDir
    Path dir;

    @Test
    void hostile_text_round_trips_byte_identical_and_the_schema_is_unchanged() throws Exception {
        TestDatabases.dataDir(dir);
        Map<DatabaseFile, String> schemaBefore = schemas();
        try (DatabaseService db = DatabaseService.open(dir)) {
            V3TradeStore trades = new V3TradeStore(db.plugin(DatabaseKey.V3_COMBINED));
            V3SignalLog signals = new V3SignalLog(db.plugin(DatabaseKey.V3_COMBINED));
            long ticket = 1;
            for (String text : HOSTILE) {
                long id = trades.open(new NewDualTrade(ticket++, text, Direction.BUY, 1.0, text, null, null,
                        null, MtfTrends.UNKNOWN, LogicRoute.LOGIC2, new DualOrder(ticket++, 0.1, null, null),
                        new DualOrder(ticket++, 0.1, null, null), text)).id();
                var stored = trades.findById(id).orElseThrow();
                assertThat(stored.symbol()).isEqualTo(text);
                assertThat(stored.signalType()).isEqualTo(text);
                assertThat(stored.notes()).isEqualTo(text);

                String json = "{\"payload\":" + jsonString(text) + "}";
                signals.logProcessed(new V3Signal("Hostile", text, null, null, null, json));
                var logged = signals.findRecent(1).get(0);
                assertThat(logged.signalJson()).isEqualTo(json);
                assertThat(logged.symbol()).isEqualTo(text);
            }
            assertThat(trades.findOpen()).hasSize(HOSTILE.size());
        }
        assertThat(schemas()).isEqualTo(schemaBefore);
    }

    private Map<DatabaseFile, String> schemas() throws Exception {
        Map<DatabaseFile, String> schemas = new TreeMap<>();
        for (DatabaseFile file : DatabaseFile.values()) {
            try (Connection c = TestDatabases.open(file.in(dir))) {
                schemas.put(file, SchemaSnapshot.of(c));
            }
        }
        return schemas;
    }

    /** JSON text for any Java string: control characters, NUL included, must be escaped to be valid JSON. */
    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
