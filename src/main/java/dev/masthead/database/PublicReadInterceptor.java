package dev.masthead.database;

import dev.masthead.web.problem.ServiceBusyException;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Bounds a {@link PublicRead}'s transaction with the database's own statement timeout, and
 * turns the failures of a busy database into {@link ServiceBusyException}, logged once at
 * WARN. Runs inside {@code @Transactional} (whose interceptor has priority
 * {@code PLATFORM_BEFORE + 200}), so the timeout is set on the transaction's connection:
 * within a JTA transaction the pool hands out the one connection Hibernate uses too.
 */
@PublicRead
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class PublicReadInterceptor {

    private static final String BOUNDED = PublicReadInterceptor.class.getName();

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final ConnectionSettings settings;

    public PublicReadInterceptor(DataSource dataSource, TransactionSynchronizationRegistry transactions,
            ConnectionSettings settings) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.settings = settings;
    }

    @AroundInvoke
    Object bound(InvocationContext call) throws Exception {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException(call.getMethod() + " is a @PublicRead but runs outside a transaction");
        }
        if (transactions.getResource(BOUNDED) != null) {
            return call.proceed();
        }
        transactions.putResource(BOUNDED, Boolean.TRUE);
        try {
            limitTransaction();
            return call.proceed();
        } catch (RuntimeException e) {
            var busy = DatabaseBusy.in(e);
            if (busy.isEmpty()) {
                throw e;
            }
            Log.warnf("503 from %s.%s: %s", call.getMethod().getDeclaringClass().getSimpleName(),
                    call.getMethod().getName(), busy.get().cause());
            throw new ServiceBusyException(busy.get());
        }
    }

    private void limitTransaction() {
        try {
            settings.limitForPublicRead(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("The statement timeout could not be set", e);
        }
    }
}
