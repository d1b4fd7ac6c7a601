package io.omnipim.syndication.appfeed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.syndication.core.connector.ConnectorService;

/**
 * The mobile app's feed of an {@code app-feed} connector: {@code ?limit=&cursor=} pages through the full snapshot;
 * {@code ?since=N} (N from a page's {@code since}) returns what changed after, upserts and tombstones. Each page
 * carries an ETag; a request with a matching {@code If-None-Match} gets 304 and no body.
 */
@Path("/api/rest/v1/connectors/{code}/items")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AppFeedResource {

    private final AppFeedItems items;
    private final ConnectorService connectors;
    private final ObjectMapper json;

    public AppFeedResource(AppFeedItems items, ConnectorService connectors, ObjectMapper json) {
        this.items = items;
        this.connectors = connectors;
        this.json = json;
    }

    @GET
    public Response page(@PathParam("code") String code,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @QueryParam("cursor") String cursor, @QueryParam("since") Long since,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws JsonProcessingException {
        if (!AppFeedType.TYPE.equals(connectors.get(code).type())) {
            throw PimException.notFound("Connector \"" + code + "\" is not an app-feed connector; only those serve"
                    + " items.");
        }
        AppFeedPage page = since != null
                ? items.changes(code, since, limit)
                : items.snapshot(code, uuid(cursor), limit);
        byte[] body = json.writeValueAsBytes(page);
        String etag = "\"" + sha256(body) + "\"";
        if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            return Response.notModified().tag(etag.substring(1, etag.length() - 1)).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("ETag", etag).build();
    }

    private static UUID uuid(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw PimException.unprocessable("The cursor is not valid.", List.of(FieldError.of("cursor",
                    "\"" + cursor + "\" is not a cursor of this feed; use next_cursor of the previous page")));
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
