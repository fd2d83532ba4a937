package dev.masthead.events;

import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The outbox as the public may read it: only events of entities public reads could see
 * before or after the change, in commit order. A page scans a bounded run of sequence
 * numbers by primary key, so a run of private events (a thousand draft edits) costs one
 * bounded query per page, and the position handed back moves past them even when no public
 * event was among them: a client never rescans them.
 */
@ApplicationScoped
@PublicRead
public class ChangeFeed {

    private final EntityManager entities;
    private final int scanWindow;

    public ChangeFeed(EntityManager entities, ChangeFeedConfig config) {
        this.entities = entities;
        this.scanWindow = config.scanWindow();
    }

    /**
     * Public events after {@code after}, oldest first, and the position to read on from.
     * Only numbers at or below the committed head are read or handed back: the head row is
     * written in the transaction of the event it numbers, so every event up to it is
     * committed and visible, and a later page never meets a number below the position.
     */
    @Transactional
    public Slice after(long after, int limit) {
        long head = entities.createQuery("select h.lastSeq from ChangeEventHead h where h.id = 1", Long.class)
                .getSingleResult();
        if (after > head) {
            throw new InvalidParameterException("after", "is a position this feed has not reached (from the future, or "
                    + "from another installation); pass page.nextCursor from a previous response unchanged, or leave "
                    + "it out to start from the beginning");
        }
        long upTo = Math.min(head, after + scanWindow);
        List<ChangeEvent> rows = entities.createQuery("select e from ChangeEvent e where e.seq > :after and e.seq <= :upTo"
                + " and (e.publicBefore = true or e.publicAfter = true) order by e.seq", ChangeEvent.class)
                .setParameter("after", after).setParameter("upTo", upTo).setMaxResults(limit + 1).getResultList();
        if (rows.size() > limit) {
            var events = rows.subList(0, limit);
            return new Slice(events.stream().map(ChangeEventView::of).toList(), events.get(limit - 1).seq, true);
        }
        return new Slice(rows.stream().map(ChangeEventView::of).toList(), upTo, upTo < head);
    }

    /** Public events in commit order, the position after the last one looked at, and whether more follow now. */
    public record Slice(List<ChangeEventView> events, long next, boolean more) {
    }
}
