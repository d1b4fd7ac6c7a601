package io.omnipim.catalog.structure.core;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;
import io.omnipim.platform.web.LineResult;

/**
 * What every structure endpoint does, for resources to delegate to: HAL lists, 201 + Location on create, 201/204
 * on PATCH, and the streamed collection PATCH.
 */
public final class StructureResourceSupport<T> {

    private final StructureService service;
    private final StructureKind<T> kind;
    private final ObjectMapper json;

    public StructureResourceSupport(StructureService service, StructureKind<T> kind, ObjectMapper json) {
        this.service = service;
        this.kind = kind;
        this.json = json;
    }

    public HalPage<T> list(int page, int limit, boolean withCount, UriInfo uri) {
        if (limit < 1 || limit > 100) {
            throw PimException.unprocessable("The value of the \"limit\" parameter must be between 1 and 100.",
                    List.of());
        }
        if (page < 1) {
            throw PimException.unprocessable("The value of the \"page\" parameter must be positive.", List.of());
        }
        List<T> items = service.page(kind, page, limit + 1);
        boolean hasNext = items.size() > limit;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, hasNext ? items.subList(0, limit) : items,
                hasNext, withCount ? service.count(kind) : null);
    }

    public T get(String code) {
        return service.get(kind, code);
    }

    public Response create(JsonNode body, UriInfo uri) {
        T created = service.create(kind, object(body));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + kind.codeOf(created))).build();
    }

    public Response upsert(String code, JsonNode body, UriInfo uri) {
        StructureService.Upserted<T> result = service.upsert(kind, code, object(body));
        Response.ResponseBuilder response = result.created() ? Response.status(201) : Response.noContent();
        return response.location(uri.getAbsolutePath()).build();
    }

    public StreamingOutput upsertCollection(InputStream body) {
        return CollectionPatch.stream(body, json, 1, lines -> lines.stream().map(this::upsertLine).toList());
    }

    private LineResult upsertLine(CollectionPatch.Line line) {
        JsonNode code = line.body().get("code");
        String key = code == null || code.isNull() ? null : code.asText();
        if (key == null) {
            return LineResult.failed(line.number(), null, false,
                    PimException.unprocessable("Code is missing.", List.of()));
        }
        try {
            return LineResult.ofCode(line.number(), key, service.upsert(kind, key, line.body()).created());
        } catch (PimException e) {
            return LineResult.failed(line.number(), key, false, e);
        }
    }

    public Response delete(String code) {
        service.delete(kind, code);
        return Response.noContent().build();
    }

    static ObjectNode object(JsonNode body) {
        if (!(body instanceof ObjectNode o)) {
            throw PimException.badRequest("Invalid json message received");
        }
        return o;
    }
}
