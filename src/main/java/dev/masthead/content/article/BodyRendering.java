package dev.masthead.content.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.body.Block;
import dev.masthead.content.body.Body;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * An article body as it is served ({@link BodyView}: HTML, text and the blocks as held to
 * the URL rule), rendered once when the body is written and stored beside its blocks, so a
 * read does not run the HTML cleaner three times. The stored rendering is used only when its
 * key matches the blocks it sits beside: a body whose blocks were edited behind the API's
 * back, or that was rendered under older rules, is rendered from its blocks as before.
 */
@ApplicationScoped
public class BodyRendering {

    /**
     * The version of the rules a stored rendering was made under: raise it whenever what
     * {@link Body#stored}, {@link Body#html()} or {@link Body#text()} give changes, the URL
     * rule of {@link dev.masthead.content.Urls} and the shape of {@link Block} and
     * {@link BodyView} included, and so does a new jsoup, whose cleaner every rendering went
     * through (a test fails until then). With it comes a migration that sets
     * {@code article_body.rendered_key} to NULL, so {@link BodyBackfill} renders every body
     * again; until it has, reads render bodies whose key is not today's from their blocks.
     */
    static final int RULES = 1;

    /** What every key made under today's rules starts with. */
    static final String RULES_KEY = RULES + "-jsoup-" + jsoupVersion();

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public BodyRendering(ObjectMapper json) {
        this.json = json;
    }

    /** What a body is stored as: its blocks, its rendering and the key tying them together. */
    public record Rendered(String blocks, String rendered, String key) {
    }

    /** The rendering of blocks as they are stored (JSON), and its key. */
    public Rendered render(String blocks) {
        try {
            return new Rendered(blocks, json.writeValueAsString(viewOf(blocks)), keyOf(blocks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a body rendering cannot be written as JSON", e);
        }
    }

    /** The body to serve: the stored rendering when it was made from these blocks, else rendered now. */
    public BodyView read(String blocks, String rendered, String key) {
        if (rendered != null && keyOf(blocks).equals(key)) {
            try {
                return json.readValue(rendered, BodyView.class);
            } catch (JsonProcessingException e) {
                // Rendered under a shape of the body that RULES should have retired: the blocks still serve.
                Log.warnf("A stored body rendering does not read back (%s); rendering its blocks", e.getOriginalMessage());
            }
        }
        try {
            return viewOf(blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored body blocks do not read back", e);
        }
    }

    /**
     * The body to serve as JSON (a {@link BodyView}): the stored rendering as it is when it was
     * made from these blocks and is one whole JSON object, else the blocks rendered now.
     */
    public String json(String blocks, String rendered, String key) {
        if (rendered != null && keyOf(blocks).equals(key)) {
            if (isOneObject(rendered)) {
                return rendered;
            }
            Log.warn("A stored body rendering is not one JSON object; rendering its blocks");
        }
        try {
            return json.writeValueAsString(viewOf(blocks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored body blocks do not read back", e);
        }
    }

    /** Whether {@code text} is one well-formed JSON object: tokenized, not read into objects. */
    private boolean isOneObject(String text) {
        try (var parser = json.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The body's HTML; from the stored rendering when it was made from these blocks. */
    public String html(String blocks, String rendered, String key) {
        return read(blocks, rendered, key).html();
    }

    private BodyView viewOf(String blocks) throws JsonProcessingException {
        var body = Body.stored(json.readValue(blocks, BLOCKS));
        return new BodyView(body.html(), body.text(), body.blocks());
    }

    /**
     * The rules' version, jsoup's, the blocks' length and their {@link String#hashCode}: enough to
     * notice blocks changed by hand since they were rendered, for the cost of one pass
     * over them. Not a defence against a forger: whoever can write the table can write
     * the rendering too.
     */
    static String keyOf(String blocks) {
        return RULES_KEY + "/" + blocks.length() + "/" + Integer.toHexString(blocks.hashCode());
    }

    private static String jsoupVersion() {
        var version = Jsoup.class.getPackage().getImplementationVersion();
        var clean = version == null ? "unknown" : version.replaceAll("[^0-9A-Za-z.-]", "");
        return clean.length() > 20 ? clean.substring(0, 20) : clean;
    }
}
