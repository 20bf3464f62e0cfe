package com.zepix.db.core;

import org.jooq.DSLContext;

/** Work done inside one transaction on one key's context. */
@FunctionalInterface
public interface DatabaseWork<T> {
    /**
     * Runs inside the transaction; returning commits it (for a write), throwing rolls it back.
     *
     * @param ctx the key's context, valid only until this method returns
     */
    T run(DSLContext ctx);
}
