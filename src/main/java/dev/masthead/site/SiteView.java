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
        @Description("The publication's name.") @NonNull String name,
        @Description("What the publication is about.") String description,
        @Description("The publication's home page.") String url,
        @Description("\"Follow us on social\" links, in display order.") @NonNull List<Social> socialLinks,
        @Description("Sections in navigation order.") @NonNull List<SectionRef> navigation,
        @Description("The newsletter the signup box offers.") NewsletterListView newsletter) implements SurrogateKeyed {

    /** A social link with the label a frontend shows. */
    @Type("SiteSocialLink")
    @Description("One of the publication's social links.")
    @Schema(name = "SiteSocialLink", description = "One of the publication's social links.")
    public record Social(
            @Description("Network name, lower case.") @Schema(examples = "x") String network,
            @Description("Label to show.") @Schema(examples = "X (Twitter)") String label,
            @Description("Profile URL.") String url) {
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("site", "sections", "newsletters");
    }
}
