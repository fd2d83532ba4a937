package dev.masthead.site;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** The GraphQL door onto the site's frame. */
@GraphQLApi
public class SiteGraphQLApi {

    private final SiteService site;

    public SiteGraphQLApi(SiteService site) {
        this.site = site;
    }

    @Query("site")
    @Description("The publication: name, social links, navigation and the newsletter signup box.")
    public SiteView site() {
        return site.site();
    }
}
