package com.zepix.db.central;

/**
 * Runs inside a plugin's sync transaction after its rows are upserted and before its cursor is
 * saved; whatever it throws rolls both back. That is the moment a crash would hurt if rows and
 * cursor were not one transaction, so the fault tests inject one here; the sync itself uses
 * {@link #NONE}.
 */
@FunctionalInterface
public interface CursorSaveHook {

    CursorSaveHook NONE = pluginId -> { };

    /** Called once per plugin whose sync succeeded, inside that sync's central transaction. */
    void beforeCursorSave(String pluginId);
}
