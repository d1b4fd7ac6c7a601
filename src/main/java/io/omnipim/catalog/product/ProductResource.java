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

import io.omnipim.catalog.product.history.HistoryRepository;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.quarkus.security.identity.SecurityIdentity;

/** Products by identifier (Akeneo REST API v1), plus our {@code /history}. */
@Path("/api/rest/v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductEndpoints endpoints;
    private final ProductReadService reads;
    private final ProductWriteService writes;
    private final SecurityIdentity identity;

    public ProductResource(ProductEndpoints endpoints, ProductReadService reads, ProductWriteService writes,
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
    @Path("{identifier}")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response get(@PathParam("identifier") String identifier, @QueryParam("scope") String scope,
            @QueryParam("locales") String locales, @QueryParam("attributes") String attributes,
            @QueryParam("with_completenesses") @DefaultValue("false") boolean withCompletenesses) {
        return endpoints.get(reads.byIdentifier(identifier,
                OutputOptions.of(scope, locales, attributes, withCompletenesses)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(JsonNode body, @Context UriInfo uri) {
        String identifier = body == null ? null : body.path("identifier").asText(null);
        if (identifier == null) {
            throw io.omnipim.platform.errors.PimException.unprocessable("Validation failed.", List.of(
                    io.omnipim.platform.errors.FieldError.of("identifier", "The identifier must not be empty.")));
        }
        return endpoints.upsertOne(identifier, null, body, null, true, Author.of(identity), uri, false);
    }

    @PATCH
    @Path("{identifier}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response upsert(@PathParam("identifier") String identifier, @HeaderParam("If-Match") String ifMatch,
            JsonNode body, @Context UriInfo uri) {
        return endpoints.upsertOne(identifier, null, body, ProductEndpoints.expectedVersion(ifMatch), false,
                Author.of(identity), uri, false);
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_NAME)
    public StreamingOutput upsertAll(InputStream body) {
        return endpoints.upsertAll(body, Author.of(identity), false);
    }

    @DELETE
    @Path("{identifier}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("identifier") String identifier, @HeaderParam("If-Match") String ifMatch) {
        writes.delete(identifier, null, ProductEndpoints.expectedVersion(ifMatch), Author.of(identity));
        return Response.noContent().build();
    }

    @GET
    @Path("{identifier}/history")
    @RolesAllowed(Role.VIEWER_NAME)
    public Map<String, Object> history(@PathParam("identifier") String identifier,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("limit") @DefaultValue("10") int limit) {
        if (limit < 1 || limit > 100 || page < 1) {
            throw io.omnipim.platform.errors.PimException.unprocessable("\"limit\" must be between 1 and 100 and"
                    + " \"page\" positive.", List.of());
        }
        List<HistoryRepository.Entry> entries = reads.history(identifier, page, limit);
        return Map.of("current_page", page, "_embedded", Map.of("items", entries));
    }
}
