package dev.masthead.editorial;

import dev.masthead.web.problem.PreconditionFailedException;
import dev.masthead.web.problem.PreconditionRequiredException;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Set;

/**
 * The versions a change was made against, read from If-Match at the door. The service holds
 * it against the row's version after locking the row, so two editors saving from the same
 * version cannot both win: the second finds the version moved on and gets a 412. (JAX-RS
 * {@code Request.evaluatePreconditions} would compare before the lock, in another
 * transaction, and leave that race open.) Only strong tags count, as RFC 9110 wants for
 * If-Match; {@code *} is refused, since "whatever is there" would overwrite a change made
 * meanwhile. Articles, sections, authors, tags, images and the site settings all use it.
 */
public record IfMatch(Set<Long> versions) {

    /** The strong ETag of a version: {@code "3"}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The header's tags; a change without it is refused with a 428 problem. */
    public static IfMatch require(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("If-Match",
                    "is required: send the ETag of the version you change, as GET answered it");
        }
        var versions = new HashSet<Long>();
        for (var raw : header.split(",")) {
            var tag = raw.strip();
            if (tag.equals("*")) {
                // "Whatever is there" would overwrite a change made meanwhile: say which version.
                throw new PreconditionRequiredException("If-Match",
                        "may not be *: send the ETag of the version you change, as GET answered it");
            } else if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(tag.substring(1, tag.length() - 1)));
                } catch (NumberFormatException e) {
                    // Not one of ours: it matches no version.
                }
            }
        }
        return new IfMatch(Set.copyOf(versions));
    }

    /** Refuses with a 412 problem unless the header names the current version. */
    public void check(String what, long current) {
        if (!versions.contains(current)) {
            throw new PreconditionFailedException("If-Match", "names no current version of the " + what
                    + ", which is at \"" + current + "\" now; GET it again, apply your change to that and send its ETag");
        }
    }
}
