package io.omnipim.catalog.structure.currency;

import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.core.InMemoryPages;
import io.omnipim.catalog.structure.core.SimpleSearch;
import io.omnipim.catalog.structure.core.StructureResourceSupport;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;

/** Currencies (Akeneo REST API v1), plus our PATCH to activate or deactivate one. */
@Path("/api/rest/v1/currencies")
@Produces(MediaType.APPLICATION_JSON)
public class CurrencyResource {

    private final StructureService service;
    private final CurrencyKind kind;
    private final ObjectMapper json;
    private final StructureResourceSupport<Currency> support;

    public CurrencyResource(StructureService service, CurrencyKind kind, ObjectMapper json) {
        this.service = service;
        this.kind = kind;
        this.json = json;
        this.support = new StructureResourceSupport<>(service, kind, json);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public HalPage<Currency> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount,
            @QueryParam("search") String search, @Context UriInfo uri) {
        var all = service.page(kind, 1, Integer.MAX_VALUE / 2);
        Map<String, Function<Currency, Object>> properties = Map.of("enabled", Currency::enabled, "code",
                Currency::code);
        return InMemoryPages.page(SimpleSearch.filter(search, json, all, properties), page, limit, withCount, uri);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public Currency get(@PathParam("code") String code) {
        return service.get(kind, code);
    }

    @PATCH
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public Response update(@PathParam("code") String code, JsonNode body, @Context UriInfo uri) {
        return support.upsert(code, body, uri);
    }
}
