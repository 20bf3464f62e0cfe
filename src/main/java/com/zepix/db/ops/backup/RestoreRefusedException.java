package com.zepix.db.ops.backup;

import com.zepix.db.core.ZepixDbException;

/** A restore that was refused; nothing in the data folder was changed. */
public class RestoreRefusedException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    public RestoreRefusedException(String message) {
        super("restore refused, nothing was changed: " + message);
    }
}
