package io.omnipim.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.HttpEntity;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Elasticsearch over its JSON REST API (the low-level client): every call answers a status and a body, and only
 * an unreachable or overloaded cluster throws ({@link SearchUnavailable}), so callers decide what a 404 or 409
 * means for them.
 */
@ApplicationScoped
public class SearchCluster {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", "UTF-8");

    private final RestClient client;
    private final ObjectMapper json;

    public SearchCluster(RestClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** A status and a parsed body (missing when there is none). */
    public record Reply(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** This reply, or a {@link SearchUnavailable} naming what failed and Elasticsearch's reason. */
        public Reply orFail(String what) {
            if (!ok()) {
                throw new SearchUnavailable(what + " failed with " + status + ": " + reason());
            }
            return this;
        }

        public String reason() {
            JsonNode error = body.path("error");
            return error.isTextual() ? error.asText() : error.path("reason").asText(body.toString());
        }
    }

    public Reply call(String method, String path, Object body) {
        return call(method, path, body, Map.of());
    }

    public Reply call(String method, String path, Object body, Map<String, String> parameters) {
        Request request = new Request(method, path);
        parameters.forEach(request::addParameter);
        try {
            if (body != null) {
                request.setEntity(new StringEntity(json.writeValueAsString(body), ContentType.APPLICATION_JSON));
            }
            return send(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not serialisable", e);
        }
    }

    /** A {@code _bulk} request: one action line, then a source line for index actions. */
    public Reply bulk(byte[] ndjson, Map<String, String> parameters) {
        Request request = new Request("POST", "/_bulk");
        parameters.forEach(request::addParameter);
        request.setEntity(new ByteArrayEntity(ndjson, NDJSON));
        return send(request);
    }

    /**
     * Searches of one index in a single {@code _msearch} round trip; Elasticsearch runs them side by side. Each
     * answer keeps the status Elasticsearch gave that search.
     */
    public List<Reply> multiSearch(String index, List<? extends JsonNode> bodies) {
        StringBuilder ndjson = new StringBuilder();
        try {
            String header = json.writeValueAsString(Map.of("index", index));
            for (JsonNode body : bodies) {
                ndjson.append(header).append('\n').append(json.writeValueAsString(body)).append('\n');
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not serialisable", e);
        }
        Request request = new Request("POST", "/_msearch");
        request.setEntity(new StringEntity(ndjson.toString(), NDJSON));
        Reply all = send(request).orFail("multi-search");
        List<Reply> replies = new ArrayList<>();
        for (JsonNode answer : all.body().path("responses")) {
            Reply reply = new Reply(answer.path("status").asInt(200), answer);
            if (reply.status() == 429 || reply.status() >= 500) {
                throw new SearchUnavailable("Elasticsearch answered " + reply.status() + " to a search of "
                        + index + ": " + reply.reason());
            }
            replies.add(reply);
        }
        return replies;
    }

    public ObjectMapper json() {
        return json;
    }

    private Reply send(Request request) {
        Response response;
        try {
            response = client.performRequest(request);
        } catch (ResponseException e) {
            response = e.getResponse();
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailable("Elasticsearch is unreachable (" + request.getMethod() + " "
                    + request.getEndpoint() + "): " + describe(e), e);
        }
        int status = response.getStatusLine().getStatusCode();
        Reply reply = new Reply(status, read(response.getEntity()));
        if (status == 429 || status >= 500) {
            throw new SearchUnavailable("Elasticsearch answered " + status + " to " + request.getMethod() + " "
                    + request.getEndpoint() + ": " + reply.reason());
        }
        return reply;
    }

    private JsonNode read(HttpEntity entity) {
        if (entity == null) {
            return MissingNode.getInstance();
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readAllBytes();
            return bytes.length == 0 ? MissingNode.getInstance() : json.readTree(bytes);
        } catch (IOException e) {
            throw new SearchUnavailable("unreadable answer from Elasticsearch: " + e.getMessage(), e);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
