package dev.masthead.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.GraphQL;
import dev.masthead.testing.OwnDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A request past its time stops before its next field: no more SQL, one clear error. */
@QuarkusTest
@TestProfile(GraphQLTimeoutTest.OneMicrosecond.class)
class GraphQLTimeoutTest {

    /** Every request is past its time by the first field it would fetch. */
    public static class OneMicrosecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of("masthead.graphql.execution-timeout", "PT0.000001S",
                    "masthead.newsletter.outbox.poll-interval", "1h"));
            overrides.putAll(OwnDatabase.named("timeout-test"));
            return overrides;
        }
    }

    @Inject
    SessionFactory sessions;

    @Inject
    MeterRegistry meters;

    /**
     * Statements prepared while the request runs are counted over the whole session factory,
     * so a scheduled job starting with the application (the outbox sweep, the mailbox prune)
     * may add its own to one run; the fewest of three runs is the request's.
     */
    @Test
    void aQueryPastItsTimeFetchesNothingMoreAndAnswersOneTimeoutError() {
        var stopped = meters.counter("masthead.graphql.stopped", "reason", "timeout");
        double before = stopped.count();
        var statistics = sessions.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            GraphQL.post("{ sections { slug articles { totalCount edges { node { slug tags { slug } } } } } site { name } }")
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", equalTo("query-timeout"))
                    .body("errors[0].message", containsString("was stopped"));
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }

        assertThat(fewest).isZero();
        assertThat(stopped.count()).isEqualTo(before + 3);
    }
}
