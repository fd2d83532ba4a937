package dev.masthead.content.article;

import dev.masthead.content.Slugs;
import dev.masthead.web.problem.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A validated question for a list of published articles, shared by REST and GraphQL.
 * Build it with {@link #parse}, which answers every bad value with a 400 naming the
 * parameter and what is allowed; out-of-range values are refused, never clamped.
 */
public record ArticleQuery(
        String section,
        ArticleType type,
        String tag,
        String author,
        Instant since,
        Instant until,
        List<String> words,
        ArticleSort sort,
        int limit,
        Cursor cursor) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_QUERY_WORDS = 8;

    private static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** Raw values as a client sent them; any may be null. */
    public record Params(String section, String type, String tag, String author, String since, String until,
            String q, String sort, String limit, String cursor) {

        public static Params empty() {
            return new Params(null, null, null, null, null, null, null, null, null, null);
        }

        public Params withLimit(String limit) {
            return new Params(section, type, tag, author, since, until, q, sort, limit, cursor);
        }

        public Params withSection(String section) {
            return new Params(section, type, tag, author, since, until, q, sort, limit, cursor);
        }

        public Params withAuthor(String author) {
            return new Params(section, type, tag, author, since, until, q, sort, limit, cursor);
        }

        public Params withTag(String tag) {
            return new Params(section, type, tag, author, since, until, q, sort, limit, cursor);
        }
    }

    public static ArticleQuery parse(Params p) {
        return parse(p, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static ArticleQuery parse(Params p, int defaultLimit, int maxLimit) {
        return parse(p, defaultLimit, maxLimit, "limit", "cursor");
    }

    /**
     * As {@link #parse(Params, int, int)}, naming the page size and cursor as the calling
     * door does (GraphQL's {@code first} and {@code after}) in every error.
     */
    public static ArticleQuery parse(Params p, int defaultLimit, int maxLimit, String limitName, String cursorName) {
        var words = words(p.q());
        // A text query is answered best match first unless another order is asked for.
        var sort = p.sort() == null || p.sort().isEmpty()
                ? words.isEmpty() ? ArticleSort.NEWEST : ArticleSort.RELEVANCE
                : ArticleSort.fromParam(p.sort()).orElseThrow(() -> new InvalidParameterException("sort",
                        "must be one of " + ArticleSort.allowed() + "; got '" + shorten(p.sort()) + "'"));
        if (sort == ArticleSort.RELEVANCE && words.isEmpty()) {
            throw new InvalidParameterException("sort",
                    "relevance orders the matches of a text query and needs q; give q, or another sort");
        }
        var type = p.type() == null || p.type().isEmpty() ? null
                : ArticleType.fromSlug(p.type()).orElseThrow(() -> new InvalidParameterException("type",
                        "must be one of " + ArticleType.allowedSlugs() + "; got '" + shorten(p.type()) + "'"));
        var since = instant("since", p.since(), false);
        var until = instant("until", p.until(), true);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new InvalidParameterException("since", "must be before until");
        }
        var cursor = p.cursor() == null || p.cursor().isEmpty() ? null
                : Cursor.decode(cursorName, p.cursor(), sort, words);
        return new ArticleQuery(slug("section", p.section()), type, slug("tag", p.tag()), slug("author", p.author()),
                since, until, words, sort, limit(limitName, p.limit(), defaultLimit, maxLimit), cursor);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    /** The same question, moved on to the page after {@code next}. */
    public ArticleQuery after(Cursor next) {
        return new ArticleQuery(section, type, tag, author, since, until, words, sort, limit, next);
    }

    /** The same filters and words in newest-first order, from {@code cursor} (a NEWEST one, or null). */
    public ArticleQuery newestFirst(Cursor cursor) {
        return new ArticleQuery(section, type, tag, author, since, until, words, ArticleSort.NEWEST, limit, cursor);
    }

    static int limit(String name, String raw, int defaultLimit, int maxLimit) {
        if (raw == null || raw.isEmpty()) {
            return defaultLimit;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name,
                    "must be a whole number between 1 and " + maxLimit + "; got '" + shorten(raw) + "'");
        }
        if (value < 1 || value > maxLimit) {
            throw new InvalidParameterException(name, "must be between 1 and " + maxLimit + "; got " + value);
        }
        return value;
    }

    static String slug(String parameter, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!Slugs.isValid(raw)) {
            throw new InvalidParameterException(parameter,
                    "must be a slug: lower-case letters, digits and single hyphens, at most 200 characters; got '"
                            + shorten(raw) + "'");
        }
        return raw;
    }

    private static Instant instant(String parameter, String raw, boolean endOfDay) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Instant value;
        try {
            if (raw.length() == 10) {
                var day = LocalDate.parse(raw);
                value = (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else {
                value = OffsetDateTime.parse(raw).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter,
                    "must be a date (2024-05-31) or an ISO-8601 time with offset (2024-05-31T12:00:00Z); got '"
                            + shorten(raw) + "'");
        }
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidParameterException(parameter, "must lie between the years 1800 and 9999");
        }
        return value;
    }

    private static List<String> words(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        if (raw.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters long");
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("q", "must not contain control characters");
        }
        var words = Arrays.stream(raw.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).distinct().toList();
        if (words.size() > MAX_QUERY_WORDS) {
            throw new InvalidParameterException("q", "must have at most " + MAX_QUERY_WORDS + " words");
        }
        return words;
    }

    private static String shorten(String raw) {
        var printable = raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
