package dev.masthead.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The public change feed, under {@code masthead.changes}. */
@ConfigMapping(prefix = "masthead.changes")
public interface ChangeFeedConfig {

    /**
     * Change events one page of {@code GET /api/v1/changes} looks at, at most, by sequence
     * number. A page stops there even when it found fewer public changes than asked for, and
     * hands back a cursor past them: a long run of private changes (draft edits) costs a few
     * bounded queries, never an unbounded scan, and is never scanned twice.
     */
    @WithDefault("5000")
    @Min(1)
    int scanWindow();
}
