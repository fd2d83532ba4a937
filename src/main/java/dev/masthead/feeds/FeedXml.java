package dev.masthead.feeds;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;

/** Rome's output of a wire feed as UTF-8 bytes. */
final class FeedXml {

    private FeedXml() {
    }

    static byte[] write(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            // Rome refuses only feeds that break its format's rules: a bug of ours, never the reader's.
            throw new IllegalStateException("Rome could not write the " + feed.getFeedType() + " feed", e);
        }
    }
}
