package dev.masthead.content.article;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * The orders a list of articles can come in; each is total, with the id breaking ties.
 * {@link #RELEVANCE} orders the matches of a text query by score, and exists only with one: the
 * newest matches up to the relevance window by score, then the older ones newest first.
 */
@Enum("ArticleSort")
@Description("The order of an article list; every order is total, ties broken by id. RELEVANCE (best match "
        + "first) needs filter.q and is the default when it is given; NEWEST otherwise. RELEVANCE ranks the newest "
        + "1000 matches (the relevance window, a server setting) as they stood at the first page; the older "
        + "matches follow, newest first.")
public enum ArticleSort {
    NEWEST("-publishedAt", "publishedAt", true),
    OLDEST("publishedAt", "publishedAt", false),
    RECENTLY_UPDATED("-updatedAt", "updatedAt", true),
    RELEVANCE("relevance", null, true);

    private final String param;
    private final String field;
    private final boolean descending;

    ArticleSort(String param, String field, boolean descending) {
        this.param = param;
        this.field = field;
        this.descending = descending;
    }

    /** The value of the {@code sort} parameter. */
    public String param() {
        return param;
    }

    /** The entity field the keyset runs on; null for {@link #RELEVANCE}, which runs on the score. */
    public String field() {
        return field;
    }

    public boolean descending() {
        return descending;
    }

    public static Optional<ArticleSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ArticleSort::param).collect(Collectors.joining(", "));
    }
}
