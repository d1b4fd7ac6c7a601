package io.omnipim.bulk.edit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk edits of products, run as jobs: {@code POST} a selection (identifiers or a search) and one action, then
 * follow the job; its errors name each product that could not take the change, and why.
 */
@Path("/api/rest/v1/bulk-edits")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class BulkEditResource {

    private final BulkEditService edits;
    private final SecurityIdentity identity;

    public BulkEditResource(BulkEditService edits, SecurityIdentity identity) {
        this.edits = edits;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(ObjectNode body, @Context UriInfo uri) {
        UUID id = edits.submit(BulkEditOptions.parse(body), Author.of(identity));
        return Response.accepted(edits.view(id)).location(URI.create(uri.getBaseUriBuilder()
                .path("api/rest/v1/bulk-edits").path(id.toString()).build().toString())).build();
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public HalPage<JobView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        List<JobView> items = edits.list(page, limit);
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, items, withCount ? edits.count() : null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.VIEWER_NAME)
    public JobView get(@PathParam("id") UUID id) {
        return edits.view(id);
    }

    @DELETE
    @Path("{id}")
    public JobView cancel(@PathParam("id") UUID id) {
        return edits.cancel(id);
    }

    @POST
    @Path("{id}/resume")
    public JobView resume(@PathParam("id") UUID id) {
        return edits.resume(id);
    }
}
