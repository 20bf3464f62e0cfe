package com.zepix.db.cli;

/** Placeholder entry point until the operations command line lands. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("zepix-db: no commands yet");
        System.exit(2);
    }
}
