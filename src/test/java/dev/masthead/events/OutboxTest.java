package dev.masthead.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one delivery outbox, with a test-only handler: order per key, retries with backoff,
 * and one delivery per row however many sweeps run at once. The tests run the sweep
 * themselves (the scheduled one waits an hour in tests) and move the clock.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    RecordingHandler handler;

    @ConfigProperty(name = "masthead.outbox.retry-delay")
    Duration retryDelay;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void rowsWithOneKeyGoOutInOrderWhileOtherKeysPassAFailingOne() {
        var run = run();
        var key = run + "key";
        handler.fail(run + "first", 1);
        var first = enqueue(key, run + "first");
        var second = enqueue(key, run + "second");
        enqueue(run + "other-key", run + "other");

        outbox.sendSoon(second);
        outbox.sweep();
        assertThat(handler.delivered(run)).as("the second waits for the failed first; the other key does not")
                .containsExactly(run + "other");
        assertThat(row(first).attempts).isEqualTo(1);
        assertThat(row(second).attempts).as("the second was not even tried").isZero();

        TestClock.advance(retryDelay);
        outbox.sweep();
        outbox.sweep();
        assertThat(handler.delivered(run)).containsExactly(run + "other", run + "first", run + "second");
        assertThat(rows(run)).isEmpty();
    }

    @Test
    void aFailingDeliveryIsRetriedWithBackoffUntilItSucceeds() {
        var run = run();
        handler.fail(run + "flaky", 2);
        var id = enqueue(null, run + "flaky");

        outbox.sweep();
        var failed = row(id);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).isEqualTo("receiver down for " + run + "flaky");
        assertThat(failed.claimedUntil).isNull();
        assertThat(Duration.between(TestClock.now(), failed.nextAttemptAt)).isBetween(retryDelay.minusSeconds(5), retryDelay);

        outbox.sweep();
        assertThat(row(id).attempts).as("nothing is retried before its delay").isEqualTo(1);

        TestClock.advance(retryDelay);
        outbox.sweep();
        var again = row(id);
        assertThat(again.attempts).isEqualTo(2);
        assertThat(Duration.between(TestClock.now(), again.nextAttemptAt)).as("the second retry waits twice as long")
                .isBetween(retryDelay.multipliedBy(2).minusSeconds(5), retryDelay.multipliedBy(2));

        TestClock.advance(retryDelay);
        outbox.sweep();
        assertThat(handler.delivered(run)).as("not yet due").isEmpty();
        TestClock.advance(retryDelay);
        outbox.sweep();
        assertThat(handler.delivered(run)).containsExactly(run + "flaky");
        assertThat(rows(run)).as("deleted once delivered").isEmpty();
    }

    @Test
    void twoSweepsAtOnceDeliverEachRowOnce() throws Exception {
        var run = run();
        var payloads = IntStream.range(0, 40).mapToObj(i -> run + i).toList();
        QuarkusTransaction.requiringNew().run(() -> payloads.forEach(
                p -> outbox.enqueue(RecordingHandler.TOPIC, null, p, TestClock.now())));

        var start = new CyclicBarrier(2);
        var sweeps = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                outbox.sweep();
            }));
        }
        CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).get();

        assertThat(handler.delivered(run)).as("every row once").hasSize(payloads.size())
                .containsExactlyInAnyOrderElementsOf(payloads);
        assertThat(rows(run)).isEmpty();
    }

    private static String run() {
        return UUID.randomUUID() + "/";
    }

    private long enqueue(String key, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(RecordingHandler.TOPIC, key, payload, TestClock.now()));
    }

    private static OutboxEntry row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.<OutboxEntry>findById(id));
    }

    private static List<OutboxEntry> rows(String run) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.<OutboxEntry>list("payload like ?1", run + "%"));
    }
}
