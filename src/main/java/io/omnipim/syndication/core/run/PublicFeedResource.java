package io.omnipim.syndication.core.run;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The URL a channel fetches on its own schedule (Google Merchant Center, idealo): no login, a secret token from the
 * connector's {@code delivery.fetch_token} instead.
 */
@Path("/feeds")
public class PublicFeedResource {

    private final ConnectorRuns runs;

    public PublicFeedResource(ConnectorRuns runs) {
        this.runs = runs;
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    public Response feed(@PathParam("code") String code, @QueryParam("token") String token,
            @HeaderParam("Accept-Encoding") String encoding) {
        return FeedResponses.of(runs.feedByToken(code, token), encoding);
    }
}
