package io.omnipim.catalog.structure.measurement;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;

/**
 * Measurement families as Akeneo serves them: the list is a plain JSON array (no pagination) and the PATCH takes
 * an array, answering one status per family.
 */
@Path("/api/rest/v1/measurement-families")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementFamilyResource {

    private final StructureService service;
    private final MeasurementFamilyKind kind;

    public MeasurementFamilyResource(StructureService service, MeasurementFamilyKind kind) {
        this.service = service;
        this.kind = kind;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public List<MeasurementFamily> list() {
        return service.page(kind, 1, 10_000);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.VIEWER_NAME)
    public MeasurementFamily get(@PathParam("code") String code) {
        return service.get(kind, code);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.MANAGER_NAME)
    public List<Status> upsertAll(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw PimException.unprocessable("The body must be a JSON array of measurement families.", List.of());
        }
        List<Status> out = new ArrayList<>();
        for (JsonNode item : body) {
            String code = item.path("code").asText(null);
            try {
                if (!(item instanceof ObjectNode o) || code == null) {
                    throw PimException.unprocessable("Each item must be an object with a code.", List.of());
                }
                out.add(new Status(code, service.upsert(kind, code, o).created() ? 201 : 204, null, null));
            } catch (PimException e) {
                out.add(new Status(code, e.status(), e.getMessage(), e.errors().isEmpty() ? null : e.errors()));
            }
        }
        return out;
    }

    /** One family's outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(String code, int statusCode, String message, List<FieldError> errors) {
    }
}
