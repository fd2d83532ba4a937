package dev.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** Reads feeds back as their readers do: RSS and Atom with Rome, JSON Feed against its schema. */
final class Feeds {

    private static final String SCHEMA_ID = "https://masthead.dev/test/jsonfeed-1.1.schema.json";
    private static volatile Schema jsonFeedSchema;

    private Feeds() {
    }

    /** The RSS 2.0 channel, as Rome parses it; fails on anything Rome does not read as RSS 2.0. */
    static Channel rss(String xml) {
        var feed = parse(xml);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        return (Channel) feed;
    }

    /** The Atom 1.0 feed, as Rome parses it. */
    static Feed atom(String xml) {
        var feed = parse(xml);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return (Feed) feed;
    }

    private static com.rometools.rome.feed.WireFeed parse(String xml) {
        try {
            var input = new WireFeedInput();
            input.setXmlHealerOn(false);
            return input.build(new StringReader(xml));
        } catch (FeedException e) {
            throw new AssertionError("Rome cannot read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Fails, listing every violation, unless the body is a valid JSON Feed 1.1. */
    static void assertValidJsonFeed(String json) {
        var errors = schema().validate(json, InputFormat.JSON);
        assertThat(errors).as("JSON Feed 1.1 schema violations of\n" + json).isEmpty();
    }

    private static Schema schema() {
        if (jsonFeedSchema == null) {
            try (var in = Objects.requireNonNull(Feeds.class.getResourceAsStream("/feeds/jsonfeed-1.1.schema.json"))) {
                var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                var registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                        builder -> builder.schemas(Map.of(SCHEMA_ID, text)));
                jsonFeedSchema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jsonFeedSchema;
    }
}
