package dev.masthead.editorial;

import dev.masthead.web.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque cursor of the management lists: the (time, id) of the last row of a page,
 * newest first. Opaque so that the key can change without breaking a client that only
 * passes it back.
 */
public record AdminCursor(Instant time, String id) {

    private static final String VERSION = "a1";

    public String encode() {
        var raw = VERSION + "|" + time.getEpochSecond() + "|" + time.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The id as a number, for lists keyed by a numeric id. */
    public long numericId() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("cursor", "is not a cursor from this list; pass back page.nextCursor as it came");
        }
    }

    /** A cursor from a client; a malformed one is a 400 naming the parameter. */
    public static AdminCursor decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException();
            }
            var time = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (time.isBefore(Instant.EPOCH) || !time.isBefore(Instant.parse("+10000-01-01T00:00:00Z"))) {
                throw new IllegalArgumentException();
            }
            return new AdminCursor(time, parts[3]);
        } catch (RuntimeException e) {
            throw new InvalidParameterException("cursor", "is not a cursor from this list; pass back page.nextCursor as it came");
        }
    }
}
