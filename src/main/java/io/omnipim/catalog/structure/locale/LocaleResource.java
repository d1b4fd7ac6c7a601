package io.omnipim.catalog.structure.locale;

import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.core.InMemoryPages;
import io.omnipim.catalog.structure.core.SimpleSearch;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;

/** Locales (read only, Akeneo REST API v1); {@code search={"enabled":[{"operator":"=","value":true}]}} works. */
@Path("/api/rest/v1/locales")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VIEWER_NAME)
public class LocaleResource {

    private final StructureService service;
    private final LocaleKind kind;
    private final ObjectMapper json;

    public LocaleResource(StructureService service, LocaleKind kind, ObjectMapper json) {
        this.service = service;
        this.kind = kind;
        this.json = json;
    }

    @GET
    public HalPage<Locale> list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount,
            @QueryParam("search") String search, @Context UriInfo uri) {
        var all = service.page(kind, 1, Integer.MAX_VALUE / 2);
        Map<String, Function<Locale, Object>> properties = Map.of("enabled", Locale::enabled, "code", Locale::code);
        return InMemoryPages.page(SimpleSearch.filter(search, json, all, properties), page, limit, withCount, uri);
    }

    @GET
    @Path("{code}")
    public Locale get(@PathParam("code") String code) {
        return service.get(kind, code);
    }
}
