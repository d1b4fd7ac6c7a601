package io.omnipim.catalog.product;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.quarkus.security.identity.SecurityIdentity;

/** Products by uuid (Akeneo REST API v1, the Akeneo 7 way). */
@Path("/api/rest/v1/products-uuid")
@Produces(MediaType.APPLICATION_JSON)
public class ProductUuidResource {

    private final ProductEndpoints endpoints;
    private final ProductReadService reads;
    private final ProductWriteService writes;
    private final SecurityIdentity identity;

    public ProductUuidResource(ProductEndpoints endpoints, ProductReadService reads, ProductWriteService writes,
            SecurityIdentity identity) {
        this.endpoints = endpoints;
        this.reads = reads;
        this.writes = writes;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Map<String, Object> list(@QueryParam("search") String search,
            @QueryParam("search_locale") String searchLocale, @QueryParam("search_scope") String searchScope,
            @QueryParam("scope") String scope, @QueryParam("locales") String locales,
            @QueryParam("attributes") String attributes,
            @QueryParam("pagination_type") @DefaultValue("page") String paginationType,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("search_after") String searchAfter,
            @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount,
            @QueryParam("with_completenesses") @DefaultValue("false") boolean withCompletenesses,
            @Context UriInfo uri) {
        return endpoints.list(new ProductEndpoints.ListQuery(search, searchLocale, searchScope, paginationType, page,
                searchAfter, limit, withCount, OutputOptions.of(scope, locales, attributes, withCompletenesses)), uri);
    }

    @GET
    @Path("{uuid}")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response get(@PathParam("uuid") String uuid, @QueryParam("scope") String scope,
            @QueryParam("locales") String locales, @QueryParam("attributes") String attributes,
            @QueryParam("with_completenesses") @DefaultValue("false") boolean withCompletenesses) {
        return endpoints.get(reads.byUuid(Uuids.parse(uuid),
                OutputOptions.of(scope, locales, attributes, withCompletenesses)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(JsonNode body, @Context UriInfo uri) {
        String given = body == null ? null : body.path("uuid").asText(null);
        java.util.UUID uuid = given == null ? Uuids.newUuid() : Uuids.parse(given);
        return endpoints.upsertOne(null, uuid, body, null, true, Author.of(identity), uri, true);
    }

    @PATCH
    @Path("{uuid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response upsert(@PathParam("uuid") String uuid, @HeaderParam("If-Match") String ifMatch,
            JsonNode body, @Context UriInfo uri) {
        java.util.UUID parsed = Uuids.parse(uuid);
        String given = body == null ? null : body.path("uuid").asText(null);
        if (given != null && !given.equalsIgnoreCase(uuid)) {
            throw io.omnipim.platform.errors.PimException.unprocessable("The uuid \"" + given + "\" provided in the"
                    + " request body must match the uuid \"" + uuid + "\" provided in the url.", List.of());
        }
        return endpoints.upsertOne(null, parsed, body, ProductEndpoints.expectedVersion(ifMatch), false,
                Author.of(identity), uri, true);
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_NAME)
    public StreamingOutput upsertAll(InputStream body) {
        return endpoints.upsertAll(body, Author.of(identity), true);
    }

    @DELETE
    @Path("{uuid}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("uuid") String uuid, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(null, Uuids.parse(uuid), ProductEndpoints.expectedVersion(ifMatch), Author.of(identity));
        return Response.noContent().build();
    }
}
