package dev.masthead.content.article;

import dev.masthead.content.search.SearchTerms;
import dev.masthead.support.Sha256;
import dev.masthead.web.problem.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A keyset position in a list: the sort it belongs to and the (time, id) of the last
 * article served. A {@link ArticleSort#RELEVANCE} list ranks a window of the newest
 * matches, then goes on newest first; its cursor carries a digest of the search terms, and
 * either the (score, id) of the last match served and the window's newest and oldest
 * match, so every page ranks the same window, or, past the window, the (time, id) of the
 * last match served. Opaque to clients; stable under inserts because it names a position
 * in the order, not an offset.
 */
public record Cursor(ArticleSort sort, Instant at, double score, long id, Window window) {

    private static final String VERSION = "v1";
    /** Relevance cursors: since the window and the digest of search terms (rather than raw words). */
    private static final String RELEVANCE_VERSION = "v2";
    private static final String IN_WINDOW = "w";
    private static final String PAST_WINDOW = "o";

    /**
     * The matches a relevance order ranks: those from {@code oldest} to {@code newest}
     * inclusive, by (published time, id).
     */
    public record Window(Instant newestAt, long newestId, Instant oldestAt, long oldestId) {
    }

    /** A position in a list ordered by time. */
    public static Cursor at(ArticleSort sort, Instant at, long id) {
        return new Cursor(sort, at, 0, id, null);
    }

    /** A position among the ranked window of a relevance order. */
    public static Cursor scored(double score, long id, Window window) {
        return new Cursor(ArticleSort.RELEVANCE, null, score, id, window);
    }

    /** A position past the window of a relevance order, where the matches come newest first. */
    public static Cursor pastWindow(Instant at, long id) {
        return new Cursor(ArticleSort.RELEVANCE, at, 0, id, null);
    }

    /** Whether this relevance position lies past the ranked window. */
    public boolean isPastWindow() {
        return sort == ArticleSort.RELEVANCE && window == null;
    }

    /** The token for clients; a relevance cursor carries a digest of the search terms of {@code words}. */
    public String encode(List<String> words) {
        String raw;
        if (sort != ArticleSort.RELEVANCE) {
            raw = VERSION + "|" + sort.param() + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        } else if (window == null) {
            raw = String.join("|", RELEVANCE_VERSION, sort.param(), termsKey(words), PAST_WINDOW,
                    Long.toString(at.getEpochSecond()), Integer.toString(at.getNano()), Long.toString(id));
        } else {
            raw = String.join("|", RELEVANCE_VERSION, sort.param(), termsKey(words), IN_WINDOW, Double.toString(score),
                    Long.toString(id), Long.toString(window.newestAt().getEpochSecond()),
                    Integer.toString(window.newestAt().getNano()), Long.toString(window.newestId()),
                    Long.toString(window.oldestAt().getEpochSecond()), Integer.toString(window.oldestAt().getNano()),
                    Long.toString(window.oldestId()));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a client sent back; anything this API did not issue for this sort is a
     * 400, and so is a relevance cursor sent with a query whose search terms differ from the
     * ones it was issued for: scores belong to one search. Queries that differ only in case,
     * word order, plurals or ignored words search the same terms and share cursors.
     */
    public static Cursor decode(String parameter, String token, ArticleSort expectedSort, List<String> words) {
        if (token.length() > 300) {
            throw invalid(parameter);
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
        if (parts.length < 5 || !(VERSION.equals(parts[0]) || RELEVANCE_VERSION.equals(parts[0]))) {
            throw invalid(parameter);
        }
        var sort = ArticleSort.fromParam(parts[1]).orElseThrow(() -> invalid(parameter));
        if (sort != expectedSort) {
            throw new InvalidParameterException(parameter,
                    "was issued for sort " + sort.param() + "; repeat the request with that sort, or start again "
                            + "without a cursor");
        }
        // Time orders keep v1; relevance cursors are v2 only (a v1 one predates the window).
        if ((sort == ArticleSort.RELEVANCE) != RELEVANCE_VERSION.equals(parts[0])) {
            throw invalid(parameter);
        }
        try {
            if (sort != ArticleSort.RELEVANCE) {
                if (parts.length != 5) {
                    throw invalid(parameter);
                }
                return at(sort, instant(parts[2], parts[3]), Long.parseLong(parts[4]));
            }
            if (!parts[2].equals(termsKey(words))) {
                throw new InvalidParameterException(parameter,
                        "was issued for another q; a relevance cursor continues only the search it came from: "
                                + "repeat the request with that q, or start again without a cursor");
            }
            if (PAST_WINDOW.equals(parts[3]) && parts.length == 7) {
                return pastWindow(instant(parts[4], parts[5]), Long.parseLong(parts[6]));
            }
            if (!IN_WINDOW.equals(parts[3]) || parts.length != 12) {
                throw invalid(parameter);
            }
            var score = Double.parseDouble(parts[4]);
            if (!Double.isFinite(score)) {
                throw invalid(parameter);
            }
            return scored(score, Long.parseLong(parts[5]), new Window(instant(parts[6], parts[7]),
                    Long.parseLong(parts[8]), instant(parts[9], parts[10]), Long.parseLong(parts[11])));
        } catch (InvalidParameterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(parameter);
        }
    }

    private static Instant instant(String seconds, String nanos) {
        return Instant.ofEpochSecond(Long.parseLong(seconds), Long.parseLong(nanos));
    }

    /**
     * A short digest of the search terms of the query words (normalised, stemmed as far as
     * {@link SearchTerms} goes, stop words dropped, sorted): enough to tell one search from
     * another, and the same for queries that search the same terms.
     */
    private static String termsKey(List<String> words) {
        var terms = SearchTerms.ofQuery(words).stream().sorted().toList();
        return Sha256.hex(String.join(" ", terms)).substring(0, 16);
    }

    private static InvalidParameterException invalid(String parameter) {
        return new InvalidParameterException(parameter,
                "is not a cursor this API issued; pass page.nextCursor from a previous response unchanged, "
                        + "or leave it out for the first page");
    }
}
