package dev.masthead.newsletter.signup;

import static dev.masthead.web.openapi.ApiDocs.PROBLEM;
import static dev.masthead.web.openapi.ApiDocs.TOO_MANY;
import static dev.masthead.web.openapi.ApiDocs.UNSUPPORTED;

import dev.masthead.newsletter.NewsletterListService;
import dev.masthead.newsletter.NewsletterLists;
import dev.masthead.web.limits.ClientAddress;
import dev.masthead.web.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/newsletter")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletter",
        description = "Newsletter signups with double opt-in: sign up, confirm, unsubscribe.")
public class NewsletterResource {

    private final SignupService signups;
    private final NewsletterListService lists;
    private final ClientAddress client;

    public NewsletterResource(SignupService signups, NewsletterListService lists, ClientAddress client) {
        this.signups = signups;
        this.lists = lists;
        this.client = client;
    }

    @GET
    @Path("lists")
    @Operation(operationId = "listNewsletters", summary = "List newsletters",
            description = "Every newsletter readers can subscribe to, the default (the weekly round-up) first.")
    @APIResponse(responseCode = "200", description = "The newsletters.",
            content = @Content(schema = @Schema(implementation = NewsletterLists.class)))
    public NewsletterLists lists() {
        return lists.lists();
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(operationId = "subscribe", summary = "Sign up for a newsletter",
            description = "Starts the double opt-in: a confirmation link is mailed when one is due. The answer is "
                    + "the same 202 whether the address is new, pending, confirmed or unsubscribed.")
    @APIResponse(responseCode = "202", description = "Accepted; the same body for every address.",
            content = @Content(schema = @Schema(implementation = SignupAccepted.class)))
    @APIResponse(responseCode = "400", description = "The address, list or source is invalid, or the captcha check failed; the problem names the field.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = TOO_MANY,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SignupAccepted subscribe(@Valid @NotNull(message = "is required") NewsletterSignup signup) {
        return signups.subscribe(signup, client.ip());
    }

    @POST
    @Path("confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmSubscription", summary = "Confirm a subscription",
            description = "Takes the token from the confirmation mail's link. Each token works once and expires; "
                    + "links are opened by a frontend page, which confirms with this POST, so mail scanners that "
                    + "follow links confirm nothing.")
    @APIResponse(responseCode = "200", description = "Confirmed.",
            content = @Content(schema = @Schema(implementation = SubscriptionChange.class)))
    @APIResponse(responseCode = "400", description = "The token is malformed, unknown or used (invalid-token), or expired (token-expired).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = TOO_MANY,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubscriptionChange confirm(@Valid @NotNull(message = "is required") TokenRequest request) {
        return signups.confirm(request.token(), client.ip());
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unsubscribe", summary = "Unsubscribe",
            description = "Takes the token from any mail's unsubscribe link. Works for as long as the subscription "
                    + "exists, also after the confirmation link expired, and may be repeated.")
    @APIResponse(responseCode = "200", description = "Unsubscribed.",
            content = @Content(schema = @Schema(implementation = SubscriptionChange.class)))
    @APIResponse(responseCode = "400", description = "The token is malformed or unknown (invalid-token).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = UNSUPPORTED,
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubscriptionChange unsubscribe(@Valid @NotNull(message = "is required") TokenRequest request) {
        return signups.unsubscribe(request.token(), client.ip());
    }

    @POST
    @Path("unsubscribe")
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    @Operation(operationId = "unsubscribeOneClick", summary = "Unsubscribe in one click (RFC 8058)",
            description = "The target of every mail's List-Unsubscribe header: mail providers POST "
                    + "List-Unsubscribe=One-Click here, with the token in the query string.")
    @APIResponse(responseCode = "200", description = "Unsubscribed.",
            content = @Content(schema = @Schema(implementation = SubscriptionChange.class)))
    @APIResponse(responseCode = "400", description = "The token is malformed or unknown (invalid-token).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SubscriptionChange unsubscribeOneClick(
            @Parameter(description = "The token from the List-Unsubscribe header.") @RestQuery String token,
            @Parameter(description = "One-Click, as RFC 8058 has mail providers send it.") @RestForm("List-Unsubscribe") String oneClick) {
        return signups.unsubscribe(token, client.ip());
    }

    @GET
    @Path("unsubscribe")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "openUnsubscribePage", summary = "Open the unsubscribe page",
            description = "Mail programs without one-click support open the List-Unsubscribe address in a browser; "
                    + "this sends the reader on to the frontend's unsubscribe page. A GET changes nothing.")
    @APIResponse(responseCode = "303", description = "To the frontend's unsubscribe page, token included.",
            headers = @Header(name = "Location", description = "The unsubscribe page.", schema = @Schema(type = SchemaType.STRING)))
    public Response openUnsubscribePage(
            @Parameter(description = "The token from the List-Unsubscribe header.") @RestQuery String token) {
        return Response.seeOther(URI.create(signups.unsubscribePage(token))).build();
    }
}
