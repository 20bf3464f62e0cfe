package com.zepix.db.core;

import org.jooq.DSLContext;

/** Work done inside one transaction on one key's context. */
@FunctionalInterface
public interface DatabaseWork<T> {
    T run(DSLContext ctx);
}
