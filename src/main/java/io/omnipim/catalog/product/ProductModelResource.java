package io.omnipim.catalog.product;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;
import io.omnipim.platform.web.LineResult;
import io.quarkus.security.identity.SecurityIdentity;

/** Product models (Akeneo REST API v1). */
@Path("/api/rest/v1/product-models")
@Produces(MediaType.APPLICATION_JSON)
public class ProductModelResource {

    private final ProductModelWriteService writes;
    private final ProductModelReadService reads;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public ProductModelResource(ProductModelWriteService writes, ProductModelReadService reads,
            SecurityIdentity identity, ObjectMapper json) {
        this.writes = writes;
        this.reads = reads;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Map<String, Object> list(@QueryParam("search") String search,
            @QueryParam("search_locale") String searchLocale, @QueryParam("search_scope") String searchScope,
            @QueryParam("scope") String scope, @QueryParam("locales") String locales,
            @QueryParam("attributes") String attributes,
            @QueryParam("pagination_type") @DefaultValue("page") String paginationType,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("search_after") String searchAfter,
            @QueryParam("limit") @DefaultValue("10") int limit, @Context UriInfo uri) {
        if (limit < 1 || limit > 100 || page < 1) {
            throw PimException.unprocessable("You cannot request more than 100 items.", List.of());
        }
        boolean bySearchAfter = "search_after".equals(paginationType);
        ProductModelReadService.Page result = reads.list(search, searchLocale, searchScope, page,
                bySearchAfter ? searchAfter : null, limit, OutputOptions.of(scope, locales, attributes, false));
        String base = uri.getAbsolutePath() + "?pagination_type=" + paginationType + "&limit=" + limit
                + HalPages.extra(uri);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", new HalPage.Link(base + (bySearchAfter ? "" : "&page=" + page)));
        links.put("first", new HalPage.Link(base + (bySearchAfter ? "" : "&page=1")));
        if (result.hasNext()) {
            links.put("next", new HalPage.Link(base + (bySearchAfter
                    ? "&search_after=" + result.lastCode()
                    : "&page=" + (page + 1))));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_links", links);
        if (!bySearchAfter) {
            out.put("current_page", page);
        }
        out.put("_embedded", Map.of("items", result.items()));
        return out;
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public ObjectNode get(@PathParam("code") String code, @QueryParam("scope") String scope,
            @QueryParam("locales") String locales, @QueryParam("attributes") String attributes) {
        return reads.get(code, OutputOptions.of(scope, locales, attributes, false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(JsonNode body, @Context UriInfo uri) {
        String code = object(body).path("code").asText(null);
        if (code == null) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("code", "This value should not be blank.")));
        }
        // refused inside the write's transaction when the model exists; a concurrent create of the same code makes
        // our insert fail, and the retry finds the model and refuses
        ObjectNode patch = object(body);
        ProductEndpoints.withRetry(() -> one(new ProductModelWriteService.Command(1, code, patch, true)));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + code)).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response upsert(@PathParam("code") String code, JsonNode body, @Context UriInfo uri) {
        ProductModelWriteService.Outcome outcome = one(new ProductModelWriteService.Command(1, code, object(body)));
        return Response.status(outcome.status()).location(uri.getAbsolutePath()).build();
    }

    private ProductModelWriteService.Outcome one(ProductModelWriteService.Command command) {
        ProductModelWriteService.Outcome outcome = writes.upsert(List.of(command), Author.of(identity)).get(0);
        if (outcome.error() != null) {
            throw outcome.error();
        }
        return outcome;
    }

    /** Deletes the model, its sub-models and their variants (Akeneo's behaviour). */
    @jakarta.ws.rs.DELETE
    @Path("{code}")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("code") String code) {
        writes.delete(code, Author.of(identity));
        return Response.noContent().build();
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.EDITOR_NAME)
    public StreamingOutput upsertAll(InputStream body) {
        Author author = Author.of(identity);
        return CollectionPatch.stream(body, json, 100, lines -> {
            List<ProductModelWriteService.Command> commands = new ArrayList<>();
            List<LineResult> results = new ArrayList<>();
            for (CollectionPatch.Line line : lines) {
                String code = line.body().path("code").asText(null);
                if (code == null) {
                    results.add(new LineResult(line.number(), null, null, null, 422, "Code is missing.", null));
                } else {
                    commands.add(new ProductModelWriteService.Command(line.number(), code, line.body()));
                }
            }
            if (!commands.isEmpty()) {
                for (ProductModelWriteService.Outcome o : writes.upsert(commands, author)) {
                    results.add(o.error() == null
                            ? new LineResult(o.line(), null, null, o.code(), o.status(), null, null)
                            : LineResult.failed(o.line(), o.code(), false, o.error()));
                }
            }
            results.sort(java.util.Comparator.comparingInt(LineResult::line));
            return results;
        });
    }

    private static ObjectNode object(JsonNode body) {
        if (!(body instanceof ObjectNode o)) {
            throw PimException.badRequest("Invalid json message received");
        }
        return o;
    }
}
