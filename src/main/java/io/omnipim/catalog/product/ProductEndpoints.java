package io.omnipim.catalog.product;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.write.UniqueClaims;
import io.omnipim.platform.db.SqlFailures;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.web.CollectionPatch;
import io.omnipim.platform.web.HalPage;
import io.omnipim.platform.web.LineResult;

/**
 * What {@code /products} (by identifier) and {@code /products-uuid} share: HAL lists with both pagination types,
 * ETag / If-Match, PATCH answers, the streamed collection PATCH, and one retry when a concurrent writer created
 * the same identifier first.
 */
@ApplicationScoped
public class ProductEndpoints {

    static final int BATCH = 500;

    private final ProductWriteService writes;
    private final ProductReadService reads;
    private final ObjectMapper json;

    public ProductEndpoints(ProductWriteService writes, ProductReadService reads, ObjectMapper json) {
        this.writes = writes;
        this.reads = reads;
        this.json = json;
    }

    /** List parameters, as Akeneo names them. */
    public record ListQuery(String search, String searchLocale, String searchScope, String paginationType, int page,
            String searchAfter, int limit, boolean withCount, OutputOptions options) {
    }

    public Map<String, Object> list(ListQuery q, UriInfo uri) {
        if (q.limit() < 1 || q.limit() > 100) {
            throw PimException.unprocessable("You cannot request more than 100 items.", List.of());
        }
        boolean bySearchAfter = "search_after".equals(q.paginationType());
        if (!bySearchAfter && !"page".equals(q.paginationType())) {
            throw PimException.unprocessable("Pagination type does not exist.", List.of());
        }
        if (q.page() < 1) {
            throw PimException.unprocessable("The value of the \"page\" parameter must be positive.", List.of());
        }
        ProductReadService.Page page = reads.list(q.search(), q.searchLocale(), q.searchScope(), q.page(),
                bySearchAfter ? q.searchAfter() : null, q.limit(), q.withCount() && !bySearchAfter, q.options());
        return bySearchAfter ? searchAfterPage(page, q, uri) : HalPages.numbered(page, q, uri);
    }

    private static Map<String, Object> searchAfterPage(ProductReadService.Page page, ListQuery q, UriInfo uri) {
        Map<String, Object> links = new LinkedHashMap<>();
        String base = uri.getAbsolutePath() + "?pagination_type=search_after&limit=" + q.limit()
                + HalPages.extra(uri);
        links.put("self", new HalPage.Link(base + (q.searchAfter() == null ? "" : "&search_after=" + q.searchAfter())));
        links.put("first", new HalPage.Link(base));
        if (page.hasNext()) {
            links.put("next", new HalPage.Link(base + "&search_after=" + page.lastUuid()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_links", links);
        out.put("_embedded", Map.of("items", page.items()));
        return out;
    }

    public Response get(ProductReadService.Found found) {
        return Response.ok(found.body()).tag(etag(found.version())).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header asks for ({@code *} and absent mean "any"). */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** One PATCH or POST; {@code create} refuses an existing product (POST). */
    public Response upsertOne(String identifier, UUID uuid, JsonNode body, Long expected, boolean create,
            Author author, UriInfo uri, boolean uuidRoutes) {
        if (!(body instanceof ObjectNode patch)) {
            throw PimException.badRequest("Invalid json message received");
        }
        // a create is refused inside the write's transaction when the product exists: nothing of it is written
        ProductOutcome outcome = withRetry(() -> writes.upsert(List.of(new ProductCommand(1, identifier, uuid, patch,
                expected, create)), author)).get(0);
        if (!outcome.ok()) {
            throw outcome.error();
        }
        String location = uuidRoutes
                ? baseOf(uri, "products-uuid") + "/" + outcome.uuid()
                : baseOf(uri, "products") + "/" + outcome.identifier();
        return Response.status(outcome.status()).location(URI.create(location)).tag(etag(outcome.version())).build();
    }

    private static String baseOf(UriInfo uri, String collection) {
        return uri.getBaseUri().toString().replaceAll("/$", "") + "/api/rest/v1/" + collection;
    }

    public StreamingOutput upsertAll(InputStream body, Author author, boolean uuidRoutes) {
        return CollectionPatch.stream(body, json, BATCH, lines -> {
            List<ProductCommand> commands = new ArrayList<>();
            List<LineResult> early = new ArrayList<>();
            for (CollectionPatch.Line line : lines) {
                ProductCommand cmd = command(line, uuidRoutes);
                if (cmd == null) {
                    early.add(new LineResult(line.number(), null, null, null, 422,
                            uuidRoutes ? "Uuid is missing or invalid." : "Identifier is missing.", null));
                } else {
                    commands.add(cmd);
                }
            }
            List<ProductOutcome> outcomes = commands.isEmpty()
                    ? List.of()
                    : withRetry(() -> writes.upsert(commands, author));
            List<LineResult> results = new ArrayList<>(early);
            outcomes.forEach(o -> results.add(lineResult(o, uuidRoutes)));
            results.sort(java.util.Comparator.comparingInt(LineResult::line));
            return results;
        });
    }

    private static ProductCommand command(CollectionPatch.Line line, boolean uuidRoutes) {
        if (uuidRoutes) {
            try {
                String uuid = line.body().path("uuid").asText(null);
                return uuid == null
                        ? null
                        : new ProductCommand(line.number(), null, UUID.fromString(uuid), line.body(), null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String identifier = line.body().path("identifier").asText(null);
        return identifier == null ? null : new ProductCommand(line.number(), identifier, null, line.body(), null);
    }

    private static LineResult lineResult(ProductOutcome o, boolean uuidRoutes) {
        String uuid = uuidRoutes && o.uuid() != null ? o.uuid().toString() : null;
        String identifier = uuidRoutes ? null : o.identifier();
        if (o.ok()) {
            return new LineResult(o.line(), uuid, identifier, null, o.status(), null, null);
        }
        PimException e = o.error();
        return new LineResult(o.line(), uuid, identifier, null, e.status(), e.getMessage(),
                e.errors().isEmpty() ? null : e.errors());
    }

    /**
     * A concurrent writer that created the same identifier first makes our insert fail: read again, once (a
     * create then finds the product and is refused).
     */
    static <T> T withRetry(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return write.get();
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        return SqlFailures.hasCause(e, UniqueClaims.ConcurrentClaimException.class)
                || SqlFailures.hasState(e, SqlFailures.UNIQUE_VIOLATION);
    }
}
