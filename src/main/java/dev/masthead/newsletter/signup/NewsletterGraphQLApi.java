package dev.masthead.newsletter.signup;

import dev.masthead.newsletter.NewsletterListService;
import dev.masthead.newsletter.NewsletterListView;
import dev.masthead.web.limits.ClientAddress;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The GraphQL door onto newsletter signups; the same rules and answers as REST. */
@GraphQLApi
public class NewsletterGraphQLApi {

    private final SignupService signups;
    private final NewsletterListService lists;
    private final ClientAddress client;

    public NewsletterGraphQLApi(SignupService signups, NewsletterListService lists, ClientAddress client) {
        this.signups = signups;
        this.lists = lists;
        this.client = client;
    }

    @Query("newsletterLists")
    @Description("Every newsletter readers can subscribe to, the default first.")
    public @NonNull List<@NonNull NewsletterListView> lists() {
        return lists.lists().data();
    }

    @Mutation("subscribeToNewsletter")
    @Description("Signs an address up; a confirmation link is mailed when one is due. The answer is the same whatever "
            + "the address's state. Errors: invalid-parameter, captcha-failed, rate-limited.")
    public @NonNull SignupAccepted subscribe(
            @Name("input") @Description("The address, and optionally the list, source and captcha token.") @NonNull @Valid NewsletterSignup input) {
        return signups.subscribe(input, client.ip());
    }

    @Mutation("confirmSubscription")
    @Description("Confirms with the token from the confirmation mail's link. Errors: invalid-token, token-expired, rate-limited.")
    public @NonNull SubscriptionChange confirm(
            @Name("token") @Description("The token from the mailed link.") @NonNull String token) {
        return signups.confirm(token, client.ip());
    }

    @Mutation("unsubscribe")
    @Description("Unsubscribes with the token from any mail's unsubscribe link; may be repeated. Errors: invalid-token.")
    public @NonNull SubscriptionChange unsubscribe(
            @Name("token") @Description("The token from the mailed link.") @NonNull String token) {
        return signups.unsubscribe(token, client.ip());
    }
}
