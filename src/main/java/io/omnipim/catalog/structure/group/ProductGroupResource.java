package io.omnipim.catalog.structure.group;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.core.StructureResourceSupport;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;

/** Product groups, shaped like the other structure endpoints of the Akeneo REST API v1. */
@Path("/api/rest/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
public class ProductGroupResource {

    private final StructureResourceSupport<ProductGroup> support;

    public ProductGroupResource(StructureService service, ProductGroupKind kind, ObjectMapper json) {
        this.support = new StructureResourceSupport<>(service, kind, json);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public HalPage<ProductGroup> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        return support.list(page, limit, withCount, uri);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public ProductGroup get(@PathParam("code") String code) {
        return support.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response create(JsonNode body, @Context UriInfo uri) {
        return support.create(body, uri);
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response upsert(@PathParam("code") String code, JsonNode body, @Context UriInfo uri) {
        return support.upsert(code, body, uri);
    }

    @PATCH
    @Consumes(CollectionPatch.MEDIA_TYPE)
    @Produces(CollectionPatch.MEDIA_TYPE)
    @RolesAllowed(Role.MANAGER_NAME)
    public StreamingOutput upsertAll(InputStream body) {
        return support.upsertCollection(body);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response delete(@PathParam("code") String code) {
        return support.delete(code);
    }
}
