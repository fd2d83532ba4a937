package dev.masthead.database;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The endless read over HTTP, as a public GET would run it. Test code only; not in the OpenAPI document. */
@Path("/test-only/endless-read")
public class EndlessReadResource {

    private final EndlessRead read;

    public EndlessReadResource(EndlessRead read) {
        this.read = read;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String get() {
        return "{\"result\": \"" + read.run() + "\"}";
    }
}
