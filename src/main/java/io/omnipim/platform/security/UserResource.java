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

/** Users, managed by admins (our extension to Akeneo's API). */
@Path("/api/rest/v1/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    public HalPage<UserView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        var items = users.list(page, limit + 1);
        boolean hasNext = items.size() > limit;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, hasNext ? items.subList(0, limit) : items,
                hasNext, withCount ? users.count() : null);
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    public Response create(UserRequest request, @Context UriInfo uri) {
        UserView created = users.create(request);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.username())).build();
    }

    @PATCH
    @Path("{username}")
    public Response update(@PathParam("username") String username, UserRequest request) {
        users.update(username, request);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username, @Context SecurityContext security) {
        users.delete(username, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
