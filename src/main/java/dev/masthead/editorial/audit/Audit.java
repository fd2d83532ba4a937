package dev.masthead.editorial.audit;

import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.token.TokenPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit log. Written in the transaction of the write it describes, so an entry exists
 * exactly when its write committed.
 */
@ApplicationScoped
public class Audit {

    private final Clock clock;

    public Audit(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Long versionBefore,
            Long versionAfter, String detail) {
        var entry = new AuditEntry();
        entry.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.versionBefore = versionBefore;
        entry.versionAfter = versionAfter;
        entry.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
        entry.persist();
    }

    /** Newest first; the cursor is the last entry's id. */
    @Transactional
    public AuditPage page(int limit, String cursor) {
        List<AuditEntry> rows = cursor == null
                ? AuditEntry.find("order by id desc").page(0, limit + 1).list()
                : AuditEntry.find("id < ?1 order by id desc", AdminCursor.decode(cursor).numericId())
                        .page(0, limit + 1).list();
        var views = rows.stream().limit(limit).map(AuditView::of).toList();
        var next = rows.size() > limit
                ? new AdminCursor(Instant.EPOCH, Long.toString(rows.get(limit - 1).id)).encode() : null;
        return new AuditPage(views, new TokenPage.PageInfo(limit, next));
    }
}
