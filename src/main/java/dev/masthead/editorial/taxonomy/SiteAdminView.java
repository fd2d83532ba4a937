package dev.masthead.editorial.taxonomy;

import dev.masthead.site.SiteView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site's settings as the management API shows them. */
@Schema(name = "SiteAdmin", description = "The site's settings; ETag carries their version.")
public record SiteAdminView(
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, nullable = true) String url,
        @Schema(required = true) List<SiteView.Social> socialLinks,
        @Schema(required = true, description = "Every section's slug in navigation order.") List<String> navigation,
        @Schema(required = true, nullable = true, description = "The default newsletter's blurb; null when there is "
                + "no default newsletter.") String newsletterBlurb,
        @Schema(required = true, examples = "5", description = "Goes up by one with every change; the ETag is this "
                + "number in quotes.") long version) implements Versioned {
}
