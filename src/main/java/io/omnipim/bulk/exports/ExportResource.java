package io.omnipim.bulk.exports;

import java.net.URI;
import java.nio.file.Path;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;
import io.quarkus.security.identity.SecurityIdentity;

/** Exports of products and product models as CSV or XLSX (zip with media), run as jobs. */
@jakarta.ws.rs.Path("/api/rest/v1/exports")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    private final ExportService exports;
    private final SecurityIdentity identity;

    public ExportResource(ExportService exports, SecurityIdentity identity) {
        this.exports = exports;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(ObjectNode body, @Context UriInfo uri) {
        if (body == null) {
            throw new PimException(400, "Send the export options as a JSON object, e.g. {\"type\":\"products\"}.");
        }
        UUID id = exports.submit(ExportOptions.parse(body), Author.of(identity));
        return Response.accepted(exports.view(id)).location(URI.create(uri.getBaseUriBuilder()
                .path("api/rest/v1/exports").path(id.toString()).build().toString())).build();
    }

    @GET
    public HalPage<JobView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        List<JobView> items = exports.list(page, limit);
        Long count = withCount ? exports.count() : null;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, items, count);
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    public JobView get(@PathParam("id") UUID id) {
        return exports.view(id);
    }

    @GET
    @jakarta.ws.rs.Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") UUID id) {
        Path file = exports.file(id);
        String name = file.getFileName().toString();
        String type = name.endsWith(".zip")
                ? "application/zip"
                : name.endsWith(".xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8";
        return Response.ok(file.toFile(), type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @DELETE
    @jakarta.ws.rs.Path("{id}")
    public JobView cancel(@PathParam("id") UUID id) {
        return exports.cancel(id);
    }
}
