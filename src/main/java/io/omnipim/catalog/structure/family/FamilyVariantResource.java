package io.omnipim.catalog.structure.family;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.core.InMemoryPages;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;
import io.omnipim.platform.web.LineResult;

/** Family variants, under their family (Akeneo REST API v1). */
@Path("/api/rest/v1/families/{family}/variants")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyVariantResource {

    private final StructureService service;
    private final FamilyVariantKind kind;
    private final FamilyKind families;
    private final ObjectMapper json;

    public FamilyVariantResource(StructureService service, FamilyVariantKind kind, FamilyKind families,
            ObjectMapper json) {
        this.service = service;
        this.kind = kind;
        this.families = families;
        this.json = json;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public HalPage<FamilyVariant> list(@PathParam("family") String family,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        service.get(families, family);
        List<FamilyVariant> all = service.page(kind, 1, 100_000).stream().filter(v -> family.equals(v.family()))
                .toList();
        return InMemoryPages.page(all, page, limit, withCount, uri);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public FamilyVariant get(@PathParam("family") String family, @PathParam("code") String code) {
        return inFamily(service.get(kind, code), family);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response create(@PathParam("family") String family, JsonNode body, @Context UriInfo uri) {
        FamilyVariant created = service.create(kind, withFamily(body, family));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.code())).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response upsert(@PathParam("family") String family, @PathParam("code") String code, JsonNode body,
            @Context UriInfo uri) {
        service.find(kind, code).ifPresent(v -> inFamily(v, family));
        boolean created = service.upsert(kind, code, withFamily(body, family)).created();
        return (created ? Response.status(201) : Response.noContent()).location(uri.getAbsolutePath()).build();
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.MANAGER_NAME)
    public StreamingOutput upsertAll(@PathParam("family") String family, InputStream body) {
        return CollectionPatch.stream(body, json, 1, lines -> lines.stream().map(line -> {
            String code = line.body().path("code").asText(null);
            try {
                if (code == null) {
                    throw PimException.unprocessable("Code is missing.", List.of());
                }
                return LineResult.ofCode(line.number(), code,
                        service.upsert(kind, code, withFamily(line.body(), family)).created());
            } catch (PimException e) {
                return LineResult.failed(line.number(), code, false, e);
            }
        }).toList());
    }

    private static FamilyVariant inFamily(FamilyVariant v, String family) {
        if (!family.equals(v.family())) {
            throw PimException.notFound("Family variant \"" + v.code() + "\" does not exist in family \"" + family
                    + "\".");
        }
        return v;
    }

    private static ObjectNode withFamily(JsonNode body, String family) {
        if (!(body instanceof ObjectNode o)) {
            throw PimException.badRequest("Invalid json message received");
        }
        JsonNode given = o.get("family");
        if (given != null && !given.isNull() && !family.equals(given.asText())) {
            throw PimException.unprocessable("The family \"" + given.asText()
                    + "\" in the body must match the family \"" + family + "\" in the url.", List.of());
        }
        ObjectNode copy = o.deepCopy();
        copy.put("family", family);
        return copy;
    }
}
