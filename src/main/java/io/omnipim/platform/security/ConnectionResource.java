package io.omnipim.platform.security;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.web.HalPage;

/** API connections, managed by admins (our extension to Akeneo's API). */
@Path("/api/rest/v1/connections")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionService connections;

    public ConnectionResource(ConnectionService connections) {
        this.connections = connections;
    }

    @GET
    public HalPage<ConnectionView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit, @Context UriInfo uri) {
        var items = connections.list(page, limit + 1);
        boolean hasNext = items.size() > limit;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, hasNext ? items.subList(0, limit) : items,
                hasNext, null);
    }

    @GET
    @Path("{code}")
    public ConnectionView get(@PathParam("code") String code) {
        return connections.get(code);
    }

    /** 201 with the client id and the secret in the body: the only time the secret is shown. */
    @POST
    public Response create(ConnectionRequest request, @Context UriInfo uri, @Context SecurityContext security) {
        ConnectionView created = connections.create(request, security.getUserPrincipal().getName(), null, null);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.code())).entity(created).build();
    }

    @PATCH
    @Path("{code}")
    public Response update(@PathParam("code") String code, ConnectionRequest request) {
        connections.update(code, request);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/secret")
    public ConnectionView renewSecret(@PathParam("code") String code) {
        return connections.renewSecret(code);
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        connections.delete(code);
        return Response.noContent().build();
    }
}
