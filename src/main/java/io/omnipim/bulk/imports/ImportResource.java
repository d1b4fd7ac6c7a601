package io.omnipim.bulk.imports;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.omnipim.bulk.flat.FlatType;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;
import io.quarkus.security.identity.SecurityIdentity;

/** Imports of CSV and XLSX files in Akeneo's flat format, run as jobs. */
@Path("/api/rest/v1/imports")
@RolesAllowed(Role.EDITOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService imports;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm("file") FileUpload file, @RestForm("type") String type,
            @RestForm("delimiter") String delimiter, @RestForm("encoding") String encoding,
            @RestForm("decimal_separator") String decimalSeparator, @RestForm("date_format") String dateFormat,
            @RestForm("dry_run") String dryRun, @RestForm("compare_values") String compareValues,
            @RestForm("on_missing_option") String onMissingOption, @RestForm("sheet") String sheet,
            @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw new PimException(422, "Property \"file\" is required: send the CSV or XLSX file (or a zip of it"
                    + " with its media) as multipart form data.");
        }
        ImportOptions options = ImportOptions.parse(type, file.fileName(), delimiter, encoding, decimalSeparator,
                dateFormat, dryRun, compareValues, onMissingOption, sheet);
        if (options.flatType() != FlatType.PRODUCT && options.flatType() != FlatType.PRODUCT_MODEL
                && !identity.hasRole(Role.MANAGER_NAME)) {
            throw new PimException(403, "Importing " + options.type() + " changes the catalog structure: it needs"
                    + " the manager role.");
        }
        UUID id = imports.submit(file.uploadedFile(), options, Author.of(identity));
        return Response.accepted(imports.view(id))
                .location(URI.create(uri.getBaseUriBuilder().path("api/rest/v1/imports").path(id.toString())
                        .build().toString()))
                .build();
    }

    @GET
    public HalPage<JobView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        List<JobView> items = imports.list(page, limit);
        Long count = withCount ? imports.count() : null;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, items, count);
    }

    @GET
    @Path("{id}")
    public JobView get(@PathParam("id") UUID id) {
        return imports.view(id);
    }

    @GET
    @Path("{id}/rejected")
    @Produces(MediaType.WILDCARD)
    public Response rejected(@PathParam("id") UUID id) {
        imports.view(id); // 404 before the stream starts
        String name = imports.rejectedName(id);
        StreamingOutput body = out -> imports.writeRejected(id, out);
        String type = name.toLowerCase().endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv";
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @DELETE
    @Path("{id}")
    public JobView cancel(@PathParam("id") UUID id) {
        return imports.cancel(id);
    }

    @POST
    @Path("{id}/resume")
    public JobView resume(@PathParam("id") UUID id) {
        return imports.resume(id);
    }
}
