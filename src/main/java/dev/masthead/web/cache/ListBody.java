package dev.masthead.web.cache;

import java.util.List;

/**
 * A REST list body: {@link PageLinkFilter} turns its next cursor into a Link header and
 * {@link HttpCaching} lists its keys in Surrogate-Key. Kept apart from {@link SurrogateKeyed}
 * on purpose: GraphQL pulls every implementor of an interface its types implement into
 * the schema, and these bodies are REST's alone.
 */
public interface ListBody {

    /** The cursor of the next page, or null on the last page or for unpaged lists. */
    String nextCursor();

    /** The query parameter that carries the cursor back: {@code cursor} on the content lists. */
    default String cursorParameter() {
        return "cursor";
    }

    /** What the list was built from, as Surrogate-Key values. */
    List<String> surrogateKeys();
}
