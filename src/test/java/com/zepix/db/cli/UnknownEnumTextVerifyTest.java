package com.zepix.db.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zepix.db.core.DatabaseFile;
import com.zepix.db.testsupport.ForcedRows;
import com.zepix.db.testsupport.OpsFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enum text outside an enum column's CHECK list (forced in by a writer with the CHECKs off) is
 * reported by verify, row by row, on nullable columns too, where a read would once have seen NULL.
 */
class UnknownEnumTextVerifyTest {

    @TempDir
    Path root;

    @Test
    void verify_names_each_row_holding_text_its_enum_does_not_know() {
        Path data = OpsFixtures.initialisedDataDir(root.resolve("data"));
        Path central = DatabaseFile.CENTRAL.in(data);
        Path v6 = DatabaseFile.V6.in(data);
        long trade = ForcedRows.withoutChecks(central, "INSERT INTO aggregated_trades (plugin_id, mt5_ticket, symbol, status)"
                + " VALUES ('combined_v3', 7, 'EURUSD', 'REOPENED')");
        long signal = ForcedRows.withoutChecks(v6, "INSERT INTO v6_signals_log (signal_type, plugin_target, symbol)"
                + " VALUES ('BULLISH_ENTRY', 'price_action_2h', 'EURUSD')");

        CliRun run = CliRun.run("verify", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).as(run.toString()).contains(
                central + ": aggregated_trades row " + trade + ": status 'REOPENED' breaks its CHECK constraint",
                v6 + ": v6_signals_log row " + signal + ": plugin_target 'price_action_2h' breaks its CHECK constraint");
    }
}
