package dev.masthead.site;

import dev.masthead.content.section.SectionRef;
import dev.masthead.newsletter.NewsletterListView;
import dev.masthead.web.cache.SurrogateKeyed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything a frontend needs to draw the publication's frame: name, navigation, social links, signup box. */
@Type("Site")
@Description("The publication: name, navigation, social links and newsletter signup box.")
@Schema(name = "Site", description = "The publication: name, navigation, social links and newsletter signup box.")
public record SiteView(
        @Description("The publication's name.") @Schema(required = true) @NonNull String name,
        @Description("What the publication is about.") @Schema(required = true, nullable = true) String description,
        @Description("The publication's home page.") @Schema(required = true, nullable = true) String url,
        @Description("\"Follow us on social\" links, in display order.")
        @Schema(required = true) @NonNull List<@NonNull Social> socialLinks,
        @Description("Sections in navigation order.") @Schema(required = true) @NonNull List<@NonNull SectionRef> navigation,
        @Description("The newsletter the signup box offers; null when there is none.")
        @Schema(required = true, nullable = true) NewsletterListView newsletter) implements SurrogateKeyed {

    /** A social link with the label a frontend shows. */
    @Type("SiteSocialLink")
    @Description("One of the publication's social links.")
    @Schema(name = "SiteSocialLink", description = "One of the publication's social links.")
    public record Social(
            @Description("Network name, lower case.") @Schema(required = true, examples = "x") @NonNull String network,
            @Description("Label to show.") @Schema(required = true, examples = "X (Twitter)") @NonNull String label,
            @Description("Profile URL.") @Schema(required = true) @NonNull String url) {
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("site", "sections", "newsletters");
    }
}
