package dev.masthead.content.article;

import dev.masthead.web.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list: the sort it belongs to and the (time, id) of the last
 * article served. Opaque to clients; stable under inserts because it names a position in
 * the order, not an offset.
 */
public record Cursor(ArticleSort sort, Instant at, long id) {

    private static final String VERSION = "v1";

    public String encode() {
        var raw = VERSION + "|" + sort.param() + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; anything this API did not issue for this sort is a 400. */
    public static Cursor decode(String parameter, String token, ArticleSort expectedSort) {
        if (token.length() > 200) {
            throw invalid(parameter);
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid(parameter);
        }
        var sort = ArticleSort.fromParam(parts[1]).orElseThrow(() -> invalid(parameter));
        if (sort != expectedSort) {
            throw new InvalidParameterException(parameter,
                    "was issued for sort " + sort.param() + "; repeat the request with that sort, or start again "
                            + "without a cursor");
        }
        try {
            var at = Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            return new Cursor(sort, at, Long.parseLong(parts[4]));
        } catch (RuntimeException e) {
            throw invalid(parameter);
        }
    }

    private static InvalidParameterException invalid(String parameter) {
        return new InvalidParameterException(parameter,
                "is not a cursor this API issued; pass page.nextCursor from a previous response unchanged, "
                        + "or leave it out for the first page");
    }
}
