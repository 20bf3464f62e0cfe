package com.zepix.db.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A central database on a PostgreSQL server, from a {@code jdbc:postgresql://host:port/db} URL.
 * Credentials never travel in the URL (it is refused if it carries any): the user and password
 * come from the environment ({@code PGUSER}, {@code PGPASSWORD}) or, lacking a password there,
 * from the driver's own reading of {@code ~/.pgpass} (or the file {@code PGPASSFILE} names).
 * {@link #toString()} and {@link #describe()} show the server and database only.
 */
public final class PostgresCentral {

    /** Flyway location of the PostgreSQL central's own migrations. */
    public static final String MIGRATIONS = "classpath:schema/central-postgresql";

    private static final String PREFIX = "jdbc:postgresql://";
    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("password", "user", "sslpassword");

    private final String url;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private PostgresCentral(String url, String host, int port, String database, String user, String password) {
        this.url = url;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** True for a URL this class takes: the switch between a SQLite and a PostgreSQL central. */
    public static boolean isPostgresUrl(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /**
     * @param environment where PGUSER and PGPASSWORD are looked up (the process environment, or a
     *     test's map)
     * @throws IllegalArgumentException naming what is wrong with the URL, never echoing a credential
     */
    public static PostgresCentral fromUrl(String url, Map<String, String> environment) {
        if (!isPostgresUrl(url)) {
            throw new IllegalArgumentException("the central URL must start with " + PREFIX + " (host:port/database)");
        }
        URI uri;
        try {
            uri = new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the central URL is not a valid jdbc:postgresql://host:port/database URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the central URL must not carry a user or password: set PGUSER and"
                    + " PGPASSWORD in the environment, or use ~/.pgpass");
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (CREDENTIAL_PARAMETERS.contains(name)) {
                    throw new IllegalArgumentException("the central URL must not carry '" + name + "': set PGUSER and"
                            + " PGPASSWORD in the environment, or use ~/.pgpass");
                }
            }
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (uri.getHost() == null || path.length() < 2) {
            throw new IllegalArgumentException("the central URL must name a host and a database: "
                    + PREFIX + "host:port/database");
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String user = blankToNull(environment.get("PGUSER"));
        String password = blankToNull(environment.get("PGPASSWORD"));
        return new PostgresCentral(url, uri.getHost(), port, path.substring(1), user, password);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The server's host name, as the URL gives it. */
    public String host() {
        return host;
    }

    /** The server's port (5432 when the URL names none). */
    public int port() {
        return port;
    }

    /** The database on the server that holds central's tables. */
    public String database() {
        return database;
    }

    /** Where the central is, for messages and output: server and database, no credentials, no parameters. */
    public String describe() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** A data source for Flyway and for the connections of this process; the credentials stay inside it. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName("zepix-db");
        return ds;
    }

    /** A new connection, with the credentials of the environment or ~/.pgpass; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /**
     * The driver's message without anything that could carry a credential: the first line only,
     * and never the password text itself.
     */
    public String safeMessage(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        if (password != null && !password.isEmpty()) {
            message = message.replace(password, "********");
        }
        return message;
    }

    @Override
    public String toString() {
        return describe();
    }
}
