package com.zepix.db.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The tests' real PostgreSQL server: the cluster {@code .ci/test-postgres} starts on its own port
 * (Maven runs it before the tests). Each test gets a database of its own, dropped on close.
 * There is no skipping: a server that cannot be reached fails the test, saying how to start it.
 */
public final class TestPostgres {

    public static final String ROLE = "zepix_test";

    private TestPostgres() {
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("zepix.test.pg.port", "55432"));
    }

    /** The pgpass file the script wrote: {@code localhost:<port>:*:zepix_test:<password>}. */
    public static Path passFile() {
        return Path.of(System.getProperty("zepix.test.pg.passfile",
                System.getProperty("user.home") + "/.cache/zepix-db/test-postgres.pgpass"));
    }

    public static String password() {
        try {
            String line = Files.readAllLines(passFile()).get(0);
            return line.substring(line.lastIndexOf(':') + 1);
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException(unreachable("cannot read the test role's pgpass file " + passFile()), e);
        }
    }

    /** A fresh, empty database on the test server; closing it drops it. */
    public static Database createDatabase() {
        String name = "zepix_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e.getMessage()), e);
        }
        return new Database(name);
    }

    static Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", ROLE);
        props.setProperty("password", password());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, props);
    }

    private static String unreachable(String why) {
        return "the tests' PostgreSQL server on localhost:" + port() + " cannot be used (" + why + "); start it with"
                + " '.ci/test-postgres start' (mvn runs it before the tests; it installs Debian's postgresql as root)";
    }

    /** One test's database on the server. */
    public static final class Database implements AutoCloseable {

        private final String name;

        private Database(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** The URL as an operator passes it: no credentials. */
        public String url() {
            return "jdbc:postgresql://localhost:" + port() + "/" + name;
        }

        /** The environment a zepix-db process gets: the role and its password, as PGUSER and PGPASSWORD. */
        public Map<String, String> environment() {
            return Map.of("PGUSER", ROLE, "PGPASSWORD", password());
        }

        public Connection connect() throws SQLException {
            return TestPostgres.connect(name);
        }

        @Override
        public void close() {
            try (Connection admin = TestPostgres.connect("postgres"); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the test database " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
