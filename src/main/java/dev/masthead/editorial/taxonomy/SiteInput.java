package dev.masthead.editorial.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.content.Urls;
import dev.masthead.site.SiteView;
import dev.masthead.web.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site's settings as an editor writes them. */
@Schema(name = "SiteInput", description = "The site's settings, written as a JSON Merge Patch: fields left out stay, "
        + "null removes an optional one, lists are replaced whole.")
public record SiteInput(
        @Schema(required = true, maxLength = 200, examples = "The Example Review") String name,
        @Schema(maxLength = 2000) String description,
        @Schema(description = "The publication's home page: http, https, mailto or a relative path.")
        String url,
        @Schema(description = "\"Follow us\" links in display order; at most 20.")
        List<SiteView.Social> socialLinks,
        @Schema(description = "Section slugs in navigation order. Each section once at most; "
                + "sections left out follow in their current order.", examples = "[\"europe\", \"qiosk\"]")
        List<String> navigation,
        @Schema(maxLength = 2000, description = "The default newsletter's invitation in the signup box.")
        String newsletterBlurb) {

    static final Set<String> FIELDS = Set.of("name", "description", "url", "socialLinks", "navigation",
            "newsletterBlurb");
    private static final Set<String> LINK_FIELDS = Set.of("network", "label", "url");

    static SiteInput from(JsonNode body) {
        var fields = Fields.body(body, "the site", FIELDS);
        var name = fields.requiredText("name", 200);
        var description = fields.optionalText("description", 2000);
        var url = fields.optionalText("url", Urls.MAX_LENGTH);
        if (url != null) {
            url = Urls.requireLink("url", url);
        }
        var links = new ArrayList<SiteView.Social>();
        for (var link : fields.objects("socialLinks", "a social link", LINK_FIELDS, 20)) {
            var network = link.requiredText("network", 60);
            if (!AuthorInput.NETWORK.matcher(network).matches()) {
                throw new InvalidParameterException(link.path("network"), "must be a lower-case network name, as in x");
            }
            links.add(new SiteView.Social(network, link.requiredText("label", 200),
                    Urls.requireLink(link.path("url"), link.requiredText("url", Urls.MAX_LENGTH))));
        }
        var navigation = fields.slugs("navigation", 1000);
        var seen = new HashSet<String>();
        for (int i = 0; i < navigation.size(); i++) {
            if (!seen.add(navigation.get(i))) {
                throw new InvalidParameterException("navigation[" + i + "]", "names " + navigation.get(i) + " twice");
            }
        }
        return new SiteInput(name, description, url, List.copyOf(links), List.copyOf(navigation),
                fields.optionalText("newsletterBlurb", 2000));
    }
}
