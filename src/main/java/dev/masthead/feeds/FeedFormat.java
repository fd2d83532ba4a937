package dev.masthead.feeds;

/** The three feed formats and the media types they are served as. */
public enum FeedFormat {

    RSS(FeedFormat.RSS_TYPE),
    ATOM(FeedFormat.ATOM_TYPE),
    JSON(FeedFormat.JSON_TYPE);

    public static final String RSS_TYPE = "application/rss+xml;charset=utf-8";
    public static final String ATOM_TYPE = "application/atom+xml;charset=utf-8";
    public static final String JSON_TYPE = "application/feed+json;charset=utf-8";

    private final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
