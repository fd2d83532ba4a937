package dev.masthead.graphql;

import dev.masthead.web.problem.ProblemWriter;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a mutation sent by GET with 405, as GraphQL over HTTP requires: a GET must never
 * change state (a prefetching browser or a mail scanner following a link would otherwise
 * sign someone up). SmallRye would run it. Queries by GET pass through untouched.
 */
@ApplicationScoped
public class MutationsOverGet {

    private final ProblemWriter problems;

    public MutationsOverGet(ProblemWriter problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, "/graphql").order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        var query = ctx.request().getParam("query");
        if (query == null || !query.contains("mutation") || !isMutation(query, ctx.request().getParam("operationName"))) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
        problems.send(ctx, 405, "method-not-allowed", "Method not allowed",
                "Mutations change state, so they are accepted only by POST.");
    }

    /** Whether the operation the request would run is a mutation; unparseable queries are left to SmallRye. */
    private static boolean isMutation(String query, String operationName) {
        try {
            var operations = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> operationName == null || operationName.isEmpty() || operationName.equals(op.getName()))
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
