package dev.masthead.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The outbox. Every committed change records exactly one event, in the change's own
 * transaction, so there is no event without its commit and no commit without its event.
 * Recording locks the single head row first: writers that record events take turns from
 * there to their commit, so sequence numbers are handed out in commit order and a reader
 * that has seen event n never later meets a smaller number (identity columns would give
 * numbers in insert order, which concurrent commits can reorder).
 */
@ApplicationScoped
public class ChangeEvents {

    private final EntityManager entities;
    private final Clock clock;
    private final Event<ChangeRecorded> recorded;

    public ChangeEvents(EntityManager entities, Clock clock, Event<ChangeRecorded> recorded) {
        this.entities = entities;
        this.clock = clock;
        this.recorded = recorded;
    }

    /** Records the change in the caller's transaction; returns its sequence number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(Change change, String actor) {
        var head = entities.find(ChangeEventHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        head.lastSeq++;
        var event = new ChangeEvent();
        event.seq = head.lastSeq;
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.kind = change.kind();
        event.entityType = change.entityType();
        event.entityId = change.entityId();
        event.oldSlug = change.oldSlug();
        event.newSlug = change.newSlug();
        event.version = change.version();
        event.surrogateKeys = String.join(" ", change.surrogateKeys().stream().sorted().toList());
        event.actor = actor;
        event.publicBefore = change.visibility().before();
        event.publicAfter = change.visibility().after();
        event.persist();
        recorded.fire(new ChangeRecorded(event.seq, change.surrogateKeys(),
                change.visibility().before() || change.visibility().after()));
        return event.seq;
    }

    /** Events after {@code after}, oldest first. */
    @Transactional
    public ChangeEventPage after(long after, int limit) {
        List<ChangeEvent> rows = ChangeEvent.find("seq > ?1 order by seq", after).page(0, limit + 1).list();
        var views = rows.stream().limit(limit).map(ChangeEventView::of).toList();
        long last = views.isEmpty() ? after : views.get(views.size() - 1).seq();
        return new ChangeEventPage(views, new ChangeEventPage.PageInfo(limit, last, rows.size() > limit));
    }
}
