package dev.masthead.events;

import dev.masthead.web.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the public change feed: the sequence number of the last event looked at.
 * Opaque to clients (a versioned token, not a number to do arithmetic on), so the feed may
 * change what it encodes without breaking the contract.
 */
final class ChangeFeedCursor {

    private static final String PREFIX = "c1|";

    private ChangeFeedCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a client sent back; anything this API did not issue is a 400 naming the parameter. */
    static long decode(String parameter, String token) {
        if (token.length() > 40) {
            throw invalid(parameter);
        }
        try {
            var raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX) || !raw.substring(PREFIX.length()).matches("0|[1-9][0-9]{0,18}")) {
                throw invalid(parameter);
            }
            return Long.parseLong(raw.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            // Not base64url, or past Long.MAX_VALUE.
            throw invalid(parameter);
        }
    }

    private static InvalidParameterException invalid(String parameter) {
        return new InvalidParameterException(parameter, "is not a cursor this feed issued; pass page.nextCursor from "
                + "a previous response unchanged, or leave it out to start from the beginning");
    }
}
