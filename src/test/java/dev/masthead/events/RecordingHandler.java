package dev.masthead.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A test-only receiver: records what it was handed, and fails payloads it was told to. */
@ApplicationScoped
public class RecordingHandler implements OutboxHandler {

    static final String TOPIC = "outbox-test";

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void deliver(String payload) {
        var left = failuresLeft.get(payload);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("receiver down for " + payload);
        }
        delivered.add(payload);
    }

    /** The next {@code times} deliveries of the payload fail. */
    void fail(String payload, int times) {
        failuresLeft.put(payload, new AtomicInteger(times));
    }

    /** What was delivered, in order, of the payloads starting with the prefix. */
    List<String> delivered(String prefix) {
        return delivered.stream().filter(p -> p.startsWith(prefix)).toList();
    }
}
