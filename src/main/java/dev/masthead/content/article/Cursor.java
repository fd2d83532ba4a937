package dev.masthead.content.article;

import dev.masthead.support.Sha256;
import dev.masthead.web.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A keyset position in a list: the sort it belongs to and the (time, id) of the last
 * article served, or for {@link ArticleSort#RELEVANCE} its (score, id) and a digest of the
 * query words the score belongs to. Opaque to clients; stable under inserts because it
 * names a position in the order, not an offset.
 */
public record Cursor(ArticleSort sort, Instant at, double score, long id) {

    private static final String VERSION = "v1";

    /** A position in a list ordered by time. */
    public static Cursor at(ArticleSort sort, Instant at, long id) {
        return new Cursor(sort, at, 0, id);
    }

    /** A position in a list ordered by relevance. */
    public static Cursor scored(double score, long id) {
        return new Cursor(ArticleSort.RELEVANCE, null, score, id);
    }

    /** The token for clients; a relevance cursor carries a digest of {@code words}, the search it continues. */
    public String encode(List<String> words) {
        var raw = sort == ArticleSort.RELEVANCE
                ? VERSION + "|" + sort.param() + "|" + score + "|" + wordsKey(words) + "|" + id
                : VERSION + "|" + sort.param() + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a client sent back; anything this API did not issue for this sort is a
     * 400, and so is a relevance cursor sent with other query words than it was issued for:
     * scores belong to one search.
     */
    public static Cursor decode(String parameter, String token, ArticleSort expectedSort, List<String> words) {
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
        if (sort == ArticleSort.RELEVANCE && !parts[3].equals(wordsKey(words))) {
            throw new InvalidParameterException(parameter,
                    "was issued for another q; a relevance cursor continues only the search it came from: repeat "
                            + "the request with that q, or start again without a cursor");
        }
        try {
            if (sort == ArticleSort.RELEVANCE) {
                var score = Double.parseDouble(parts[2]);
                if (!Double.isFinite(score)) {
                    throw invalid(parameter);
                }
                return scored(score, Long.parseLong(parts[4]));
            }
            var at = Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            return at(sort, at, Long.parseLong(parts[4]));
        } catch (RuntimeException e) {
            throw invalid(parameter);
        }
    }

    /** A short digest of the normalized query words: enough to tell one search from another. */
    private static String wordsKey(List<String> words) {
        return Sha256.hex(String.join(" ", words)).substring(0, 16);
    }

    private static InvalidParameterException invalid(String parameter) {
        return new InvalidParameterException(parameter,
                "is not a cursor this API issued; pass page.nextCursor from a previous response unchanged, "
                        + "or leave it out for the first page");
    }
}
