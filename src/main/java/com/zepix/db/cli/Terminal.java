package com.zepix.db.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is at a terminal: only then is a progress bar drawn. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Up to Java 21 {@link System#console()} exists only when stdin and stdout are a terminal. Java
     * 22 and later may return one for redirected streams too and answer {@code isTerminal()} (a
     * method Java 17 lacks, so it is looked up, not called directly).
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
