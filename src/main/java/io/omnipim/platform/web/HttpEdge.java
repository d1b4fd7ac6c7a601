package io.omnipim.platform.web;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.omnipim.platform.errors.ErrorBody;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What happens to every request before and after the REST layer: a request id (taken from {@code X-Request-Id} or
 * made up, echoed back and put in the logs), the body size limit, and the JSON 404 for paths nothing serves.
 */
@ApplicationScoped
public class HttpEdge {

    public static final String REQUEST_ID = "X-Request-Id";

    private final HttpLimitsConfig limits;

    public HttpEdge(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::tagAndLimit);
        router.route().order(Integer.MAX_VALUE).handler(ctx -> sendError(ctx, 404, "Resource not found."));
    }

    private void tagAndLimit(RoutingContext ctx) {
        String id = ctx.request().getHeader(REQUEST_ID);
        if (id == null || id.isBlank() || id.length() > 100) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(REQUEST_ID, id);
        }
        ctx.response().putHeader(REQUEST_ID, id);
        MDC.put("requestId", id);
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && tooLarge(length, ctx.request().getHeader("Content-Type"))) {
            sendError(ctx, 413, "Request body too large: the limit for this content type is "
                    + limitFor(ctx.request().getHeader("Content-Type")) / (1024 * 1024) + " MB.");
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String contentLength, String contentType) {
        try {
            return Long.parseLong(contentLength.trim()) > limitFor(contentType);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Plain JSON bodies are small; uploads and streamed collections may be large. */
    long limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.startsWith("multipart/") || type.startsWith("application/vnd.akeneo.collection+json")
                || type.startsWith("text/csv") || type.startsWith("application/octet-stream")) {
            return limits.maxUploadBytes();
        }
        return limits.maxJsonBytes();
    }

    static void sendError(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.encode(new ErrorBody(status, message)));
    }
}
