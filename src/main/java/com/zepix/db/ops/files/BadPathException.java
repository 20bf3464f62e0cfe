package com.zepix.db.ops.files;

import com.zepix.db.core.ZepixDbException;

/** A path given by the operator points somewhere it must not: a usage error, refused before anything is done. */
public class BadPathException extends ZepixDbException {

    private static final long serialVersionUID = 1L;

    public BadPathException(String message) {
        super(message);
    }
}
