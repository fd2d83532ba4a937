package dev.masthead.feeds;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every feed takes, each optional. Bound as strings so that a malformed value is
 * a 400 naming the parameter, as on the article list.
 */
public class FeedParams {

    @QueryParam("section")
    @Parameter(description = "Only articles in this section (slug).", example = "europe")
    String section;

    @QueryParam("author")
    @Parameter(description = "Only articles by this author (slug).", example = "demo-europe-desk")
    String author;

    @QueryParam("tag")
    @Parameter(description = "Only articles with this tag (slug).", example = "sanctions")
    String tag;

    @QueryParam("type")
    @Parameter(description = "Only articles of this type.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"analysis", "news", "opinion", "symposium", "feature", "interview", "review"}))
    String type;
}
