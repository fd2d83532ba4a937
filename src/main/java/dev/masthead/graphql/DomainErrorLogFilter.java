package dev.masthead.graphql;

import dev.masthead.web.problem.ProblemException;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps SmallRye GraphQL from logging a domain error (not found, invalid parameter, rate
 * limited, service busy) as an ERROR with its stack trace: like their REST answers, they are
 * the client's business or expected load, logged where they are recognised. Faults still
 * reach the log. Installed on the console and file handlers in application.properties.
 */
@LoggingFilter(name = "graphql-domain-errors")
public final class DomainErrorLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(record.getLoggerName() != null && record.getLoggerName().startsWith("io.smallrye.graphql")
                && record.getThrown() instanceof ProblemException);
    }
}
