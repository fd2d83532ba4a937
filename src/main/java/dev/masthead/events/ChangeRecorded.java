package dev.masthead.events;

import java.util.Set;

/**
 * Fired (a CDI event) as a change event is recorded, inside the change's transaction, for
 * those who must act in that transaction or after its commit: the response cache drops what
 * the change touched once it commits, and on PostgreSQL tells the other instances in the
 * same transaction. {@code visible} says whether public reads could see the entity before
 * or after the change; a change private on both sides touched nothing public.
 */
public record ChangeRecorded(long seq, Set<String> surrogateKeys, boolean visible) {
}
