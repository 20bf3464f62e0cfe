package com.zepix.db.arch;

/**
 * The package layout the architecture rules speak about, relative to one root package.
 *
 * <p>The {@code @ArchTest} rules use {@link #PRODUCTION} ({@code com.zepix.db}). The proof tests
 * build the very same rules over a fixture root such as {@code com.zepix.db.arch.fixtures.isolation},
 * whose sub-packages ({@code v3}, {@code v6.m1}, {@code core}, ...) mirror production. So a rule is
 * proven on fixture classes without those classes ever being in a production package.
 */
record ZepixLayout(String root) {

    /** The production root; a constant so that {@code @AnalyzeClasses} can name it. */
    static final String PRODUCTION_ROOT = "com.zepix.db";

    static final ZepixLayout PRODUCTION = new ZepixLayout(PRODUCTION_ROOT);

    /** The ArchUnit pattern for a package below the root and all its sub-packages, e.g. {@code com.zepix.db.v3..}. */
    String packages(String relative) {
        return root + "." + relative + "..";
    }

    String v3() {
        return packages("v3");
    }

    String v6() {
        return packages("v6");
    }

    String central() {
        return packages("central");
    }

    /** The fully qualified name of a class below the root, e.g. {@code v6.jooq.tables.MarketTrends}. */
    String className(String relative) {
        return root + "." + relative;
    }
}
