package dev.masthead.database;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose transactional methods are public reads: each transaction runs under
 * {@code masthead.database.statement-timeout}, and a timeout or a full connection pool
 * becomes a {@link dev.masthead.web.problem.ServiceBusyException} (503 over REST,
 * {@code service-busy} over GraphQL) instead of a fault. A call nested in another public
 * read shares the outer call's transaction and bound.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicRead {
}
