package dev.masthead.support;

import dev.masthead.web.problem.InvalidParameterException;
import java.time.Instant;

/**
 * Times a client may send that the database can store: PostgreSQL's timestamps end in the
 * year 294276, and no publication schedules or expires anything past 9999.
 */
public final class Instants {

    /** The first instant of the year 10000. */
    public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private Instants() {
    }

    public static Instant requireStorable(String field, Instant value) {
        if (value != null && (!value.isBefore(LATEST) || value.isBefore(Instant.EPOCH))) {
            throw new InvalidParameterException(field, "must lie between 1970 and 9999");
        }
        return value;
    }
}
