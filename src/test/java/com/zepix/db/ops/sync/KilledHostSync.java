package com.zepix.db.ops.sync;

import com.zepix.db.core.InstanceId;
import com.zepix.db.core.PostgresCentral;
import com.zepix.db.core.SqliteSettings;
import com.zepix.db.ops.ProgressListener;
import com.zepix.db.ops.server.CentralChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for the multi-host kill test: one host's sync into a PostgreSQL central that
 * stops inside its first plugin's central transaction (rows upserted, cursor not yet saved),
 * writes the marker file, and waits there to be killed. Credentials come from its environment.
 */
public final class KilledHostSync {

    private KilledHostSync() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        PostgresCentral central = PostgresCentral.fromUrl(args[1], System.getenv());
        InstanceId instance = new InstanceId(args[2]);
        Path marker = Path.of(args[3]);
        TradeSync sync = new TradeSync(dataDir, SqliteSettings.durable(), PluginTradeSources.all(), Clock.systemUTC(),
                CentralChoice.postgres(central, instance), ProgressListener.NONE, pluginId -> {
                    try {
                        Files.writeString(marker, "inside the central transaction");
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
        sync.runOnce();
        throw new IllegalStateException("the sync was to be killed, not to finish");
    }
}
