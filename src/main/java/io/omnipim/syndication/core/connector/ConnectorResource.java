package io.omnipim.syndication.core.connector;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Connector definitions: read by viewers, written by managers and admins. A PUT takes the definition as YAML or
 * JSON, exactly as a file of the connectors folder would hold it.
 */
@Path("/api/rest/v1/connectors")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorResource {

    static final String YAML = "application/yaml";

    private final ConnectorService connectors;
    private final ConnectorReload reload;
    private final ConnectorPreview preview;
    private final SecurityIdentity identity;

    public ConnectorResource(ConnectorService connectors, ConnectorReload reload, ConnectorPreview preview,
            SecurityIdentity identity) {
        this.connectors = connectors;
        this.reload = reload;
        this.preview = preview;
        this.identity = identity;
    }

    @GET
    public HalPage<ConnectorView> list(@Context UriInfo uri) {
        var items = connectors.list();
        return HalPage.paged(uri.getAbsolutePath().toString(), 1, Math.max(100, items.size()), items, false,
                (long) items.size());
    }

    @GET
    @Path("{code}")
    public ConnectorView get(@PathParam("code") String code) {
        return connectors.get(code);
    }

    /** The definition as written, comments included. */
    @GET
    @Path("{code}")
    @Produces({YAML, "text/yaml"})
    public String source(@PathParam("code") String code) {
        return connectors.source(code);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes({YAML, "text/yaml", "application/x-yaml", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response put(@PathParam("code") String code, String body, @Context UriInfo uri) {
        ConnectorService.Saved saved = connectors.put(code, body, Author.of(identity).display());
        return saved.created()
                ? Response.created(URI.create(uri.getAbsolutePath().toString())).entity(saved.view()).build()
                : Response.ok(saved.view()).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response delete(@PathParam("code") String code) {
        connectors.delete(code);
        return Response.noContent().build();
    }

    @POST
    @Path("reload")
    @RolesAllowed(Role.MANAGER_NAME)
    public ReloadReport reload() {
        return reload.reload();
    }

    @GET
    @Path("{code}/preview/{identifier}")
    public ConnectorPreview.Preview preview(@PathParam("code") String code,
            @PathParam("identifier") String identifier) {
        return preview.preview(code, identifier);
    }
}
