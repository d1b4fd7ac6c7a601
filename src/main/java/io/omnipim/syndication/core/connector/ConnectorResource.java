package io.omnipim.syndication.core.connector;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;
import io.omnipim.syndication.core.run.ConnectorRuns;
import io.omnipim.syndication.core.run.ConsistencyCheck;
import io.omnipim.syndication.core.run.ConsistencyReport;
import io.omnipim.syndication.core.run.FeedResponses;
import io.omnipim.syndication.core.run.RunOptions;
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
    private final ConnectorRuns runs;
    private final ConsistencyCheck consistency;

    public ConnectorResource(ConnectorService connectors, ConnectorReload reload, ConnectorPreview preview,
            SecurityIdentity identity, ConnectorRuns runs,
            ConsistencyCheck consistency) {
        this.connectors = connectors;
        this.reload = reload;
        this.preview = preview;
        this.identity = identity;
        this.runs = runs;
        this.consistency = consistency;
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

    @POST
    @Path("{code}/runs")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response startRun(@PathParam("code") String code, @QueryParam("mode") String mode,
            @QueryParam("dry_run") @DefaultValue("false") boolean dryRun, @Context UriInfo uri) {
        UUID id = runs.start(code, RunOptions.of(code, mode, dryRun, "api"), Author.of(identity));
        return Response.accepted(runs.run(code, id))
                .location(URI.create(uri.getAbsolutePath().toString() + "/" + id)).build();
    }

    @GET
    @Path("{code}/runs")
    public HalPage<JobView> runs(@PathParam("code") String code,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit, @Context UriInfo uri) {
        List<JobView> items = runs.runs(code, page, limit);
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, items, items.size() == limit, null);
    }

    @GET
    @Path("{code}/runs/{id}")
    public JobView run(@PathParam("code") String code, @PathParam("id") UUID id) {
        return runs.run(code, id);
    }

    /** The published feed file (gzip when the client accepts it). */
    @GET
    @Path("{code}/feed")
    @Produces(MediaType.WILDCARD)
    public Response feed(@PathParam("code") String code, @HeaderParam("Accept-Encoding") String encoding) {
        return FeedResponses.of(runs.feed(code), encoding);
    }

    /** The channel's copy against what the catalog would send now: stale, missing and unexpected products. */
    @GET
    @Path("{code}/consistency")
    public ConsistencyReport consistency(@PathParam("code") String code) {
        return consistency.check(code);
    }

    @GET
    @Path("{code}/preview/{identifier}")
    public ConnectorPreview.Preview preview(@PathParam("code") String code,
            @PathParam("identifier") String identifier) {
        return preview.preview(code, identifier);
    }
}
