package dev.masthead.database;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The failures that mean the database is too busy to answer now, not that anything is
 * broken: the client should try again shortly (503 with Retry-After), and operators see a
 * warning rather than an error. Recognised by SQLSTATE anywhere in the cause chain, which
 * both databases set, whatever wraps the exception on its way up.
 */
public enum DatabaseBusy {

    STATEMENT_TIMEOUT("a statement ran past its timeout and was cancelled",
            "The database did not answer this request in time, so it was stopped. Try again in a few seconds;"
                    + " asking for fewer items (a smaller limit or first) is quicker."),
    LOCK_TIMEOUT("a statement waited too long for a lock",
            "What this request needs is held by another change. Try again in a few seconds."),
    POOL_EXHAUSTED("no database connection came free in time",
            "Masthead is serving too many requests at once. Try again in a few seconds.");

    /** PostgreSQL's query_canceled, and H2's code for a statement cancelled or past its query timeout. */
    private static final String CANCELED = "57014";
    /** PostgreSQL's lock_not_available (lock_timeout). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** H2's lock timeout (error 50200). */
    private static final String H2_LOCK_TIMEOUT = "HYT00";
    /**
     * Agroal says so in words only, no SQLSTATE or subclass: "Sorry, acquisition timeout!" when
     * every connection stays busy, "Acquisition timeout while waiting for new connection" when
     * a new one takes too long. The pool-exhaustion test pins the first.
     */
    private static final String POOL_TIMEOUT = "acquisition timeout";
    private static final int MAX_DEPTH = 32;

    private final String cause;
    private final String detail;

    DatabaseBusy(String cause, String detail) {
        this.cause = cause;
        this.detail = detail;
    }

    /** What happened, for the log. */
    public String cause() {
        return cause;
    }

    /** What the client can do about it, for the answer. */
    public String detail() {
        return detail;
    }

    public static Optional<DatabaseBusy> in(Throwable failure) {
        var cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                var state = sql.getSQLState();
                if (CANCELED.equals(state)) {
                    return Optional.of(STATEMENT_TIMEOUT);
                }
                if (LOCK_NOT_AVAILABLE.equals(state) || H2_LOCK_TIMEOUT.equals(state)) {
                    return Optional.of(LOCK_TIMEOUT);
                }
                if (state == null && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains(POOL_TIMEOUT)) {
                    return Optional.of(POOL_EXHAUSTED);
                }
            }
        }
        return Optional.empty();
    }
}
