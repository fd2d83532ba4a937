package dev.masthead.web.problem;

import dev.masthead.database.DatabaseBusy;
import io.smallrye.graphql.api.ErrorCode;

/** The database could not answer in time; the client may try again after {@link #RETRY_AFTER_SECONDS}. */
@ErrorCode("service-busy")
public class ServiceBusyException extends ProblemException {

    /** Long enough for a burst to drain, short enough that a reader hardly notices. */
    public static final int RETRY_AFTER_SECONDS = 2;

    public ServiceBusyException(DatabaseBusy reason) {
        super(503, "service-busy", "Service busy", reason.detail(), null);
    }
}
