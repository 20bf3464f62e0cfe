package com.zepix.db.ops.backup;

import com.zepix.db.core.ZepixDbException;
import java.util.List;

/** A restore that was refused; nothing in the data folder was changed. */
public class RestoreRefusedException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    /** The lines that list what the message sums up (each bad row), or none. */
    private final List<String> details;

    public RestoreRefusedException(String message) {
        this(message, List.of());
    }

    public RestoreRefusedException(String message, List<String> details) {
        super("restore refused, nothing was changed: " + message);
        this.details = List.copyOf(details);
    }

    public List<String> details() {
        return details;
    }
}
