package io.omnipim.catalog.structure.attribute;

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

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;
import io.omnipim.platform.web.LineResult;

/** Attribute options (Akeneo REST API v1). */
@Path("/api/rest/v1/attributes/{attribute}/options")
@Produces(MediaType.APPLICATION_JSON)
public class AttributeOptionResource {

    private final AttributeOptionService options;
    private final ObjectMapper json;

    public AttributeOptionResource(AttributeOptionService options, ObjectMapper json) {
        this.options = options;
        this.json = json;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public HalPage<AttributeOption> list(@PathParam("attribute") String attribute,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("limit") @DefaultValue("10") int limit,
            @Context UriInfo uri) {
        if (limit < 1 || limit > 100 || page < 1) {
            throw PimException.unprocessable("The value of the \"limit\" parameter must be between 1 and 100 and"
                    + " \"page\" must be positive.", List.of());
        }
        List<AttributeOption> items = options.page(attribute, page, limit + 1);
        boolean hasNext = items.size() > limit;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, hasNext ? items.subList(0, limit) : items,
                hasNext, null);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public AttributeOption get(@PathParam("attribute") String attribute, @PathParam("code") String code) {
        return options.get(attribute, code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response create(@PathParam("attribute") String attribute, JsonNode body, @Context UriInfo uri) {
        String code = object(body).path("code").asText(null);
        if (code == null) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(io.omnipim.platform.errors.FieldError.of("code", "This value should not be blank.")));
        }
        options.upsert(attribute, code, object(body), true);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + code)).build();
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response upsert(@PathParam("attribute") String attribute, @PathParam("code") String code, JsonNode body,
            @Context UriInfo uri) {
        boolean created = options.upsert(attribute, code, object(body), false);
        return (created ? Response.status(201) : Response.noContent()).location(uri.getAbsolutePath()).build();
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.MANAGER_NAME)
    public StreamingOutput upsertAll(@PathParam("attribute") String attribute, InputStream body) {
        return CollectionPatch.stream(body, json, 1, lines -> lines.stream().map(line -> {
            String code = line.body().path("code").asText(null);
            try {
                if (code == null) {
                    throw PimException.unprocessable("Code is missing.", List.of());
                }
                return LineResult.ofCode(line.number(), code, options.upsert(attribute, code, line.body(), false));
            } catch (PimException e) {
                return LineResult.failed(line.number(), code, false, e);
            }
        }).toList());
    }

    private static ObjectNode object(JsonNode body) {
        if (!(body instanceof ObjectNode o)) {
            throw PimException.badRequest("Invalid json message received");
        }
        return o;
    }
}
