package io.omnipim.search.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.security.Role;

/** Starts a rebuild of the search index from PostgreSQL, and shows how the last one on this node went. */
@Path("/api/rest/v1/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {

    private final IndexRebuild rebuild;

    public RebuildResource(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** 202 with the status of the rebuild started, or of the one already running. */
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response start() {
        return Response.accepted(rebuild.start("requested through the API")).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public RebuildStatus status() {
        return rebuild.status();
    }
}
