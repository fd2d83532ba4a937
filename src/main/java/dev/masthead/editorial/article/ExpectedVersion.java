package dev.masthead.editorial.article;

import dev.masthead.web.problem.PreconditionFailedException;
import dev.masthead.web.problem.PreconditionRequiredException;
import java.util.HashSet;
import java.util.Set;

/**
 * The versions an If-Match header names. Management ETags are the row's version in quotes
 * ({@code "7"}); If-Match compares strongly, so a weak tag never matches, and {@code *} is
 * refused: a change must say which version it was made from.
 */
public record ExpectedVersion(Set<Long> versions) {

    public static ExpectedVersion from(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("Send If-Match with the ETag you read (GET the article first), "
                    + "so a change made meanwhile is not overwritten.");
        }
        var versions = new HashSet<Long>();
        for (var tag : ifMatch.split(",")) {
            var t = tag.strip();
            if (t.equals("*")) {
                throw new PreconditionRequiredException("If-Match: * would overwrite whatever is there; send the ETag "
                        + "you read instead.");
            }
            if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
                try {
                    versions.add(Long.parseLong(t.substring(1, t.length() - 1)));
                } catch (NumberFormatException e) {
                    // Not one of ours: matches nothing.
                }
            }
        }
        return new ExpectedVersion(versions);
    }

    public void check(long current) {
        if (!versions.contains(current)) {
            throw new PreconditionFailedException("The article changed since you read it (it is at version " + current
                    + "); GET it again, merge your change and send the new ETag.");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
