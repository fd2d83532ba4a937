package dev.masthead.web;

/** A response body that is one page of a list; {@link PageLinkFilter} turns its cursor into a Link header. */
public interface Paged {

    /** The cursor of the next page, or null on the last page. */
    String nextCursor();
}
