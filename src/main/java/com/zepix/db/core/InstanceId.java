package com.zepix.db.core;

import static com.zepix.db.core.ValueChecks.invalid;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which bot host a central row comes from. Several hosts share one PostgreSQL central; each
 * host's trades, sync cursors and sync status are kept apart by it. A SQLite central serves its
 * own host alone, so its instance is always {@link #LOCAL}.
 */
public record InstanceId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The instance of a SQLite central, and of the rows written before instance ids existed. */
    public static final InstanceId LOCAL = new InstanceId("local");

    public InstanceId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw invalid("instance_id", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit", value);
        }
    }

    /** This machine's host name (the part before the first dot, lower case), the default instance. */
    public static InstanceId ofThisHost() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                throw new ZepixDbException("cannot tell this host's name for the instance id (" + e.getMessage()
                        + "): give one with --instance", e);
            }
        }
        String shortName = name.strip().toLowerCase(Locale.ROOT);
        int dot = shortName.indexOf('.');
        return new InstanceId(dot > 0 ? shortName.substring(0, dot) : shortName);
    }

    @Override
    public String toString() {
        return value;
    }
}
