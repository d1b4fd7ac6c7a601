package io.omnipim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST API of one running server, as an Akeneo client sees it: a password-grant token, JSON calls and the
 * streamed collection PATCH. Plain {@link HttpClient}, so what is measured is the server and not a test library.
 */
final class PimApi {

    /** Who the benchmark logs in as; set in the server's environment so that it knows them on first start. */
    record Credentials(String clientId, String secret, String user, String password) {

        static final Credentials BENCH = new Credentials("bench-client", "bench-client-secret-0123456789",
                "admin", "Bench-Admin-Pw-1");

        Map<String, String> serverEnvironment() {
            return Map.of("PIM_API_CLIENT_ID", clientId, "PIM_API_CLIENT_SECRET", secret, "PIM_ADMIN_USER", user,
                    "PIM_ADMIN_PASSWORD", password);
        }
    }

    static final String COLLECTION = "application/vnd.akeneo.collection+json";
    /** Tokens live an hour; a new one well before that keeps a long load from failing half-way with 401. */
    private static final long TOKEN_RENEWAL_NANOS = Duration.ofMinutes(40).toNanos();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final Credentials credentials;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;
    private long tokenNanos;

    PimApi(URI base, Credentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    ObjectMapper json() {
        return json;
    }

    synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenNanos > TOKEN_RENEWAL_NANOS) {
            String basic = Base64.getEncoder().encodeToString((credentials.clientId() + ":" + credentials.secret())
                    .getBytes(StandardCharsets.UTF_8));
            String body = json.writeValueAsString(Map.of("grant_type", "password", "username", credentials.user(),
                    "password", credentials.password()));
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/oauth/v1/token"))
                    .timeout(CALL_TIMEOUT)
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request answered " + response.statusCode() + ": "
                        + response.body());
            }
            token = json.readTree(response.body()).path("access_token").asText();
            tokenNanos = System.nanoTime();
        }
        return token;
    }

    /** A GET of an API path or of an absolute URL the server returned (a {@code _links.next.href}). */
    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(authorized(pathOrUrl).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> patch(String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest request = authorized(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest request = authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A structure PATCH (create or update) that must succeed: the benchmark cannot go on without it. */
    void upsert(String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = patch(path, json.writeValueAsString(body));
        if (response.statusCode() != 201 && response.statusCode() != 204) {
            throw new IllegalStateException("PATCH " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    JsonNode getJson(String pathOrUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathOrUrl);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathOrUrl + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body());
    }

    /**
     * A collection PATCH whose body is read from {@code body} while it is sent (chunked, no length), answered
     * with one result line per input line. No timeout: a large chunk may legitimately take minutes.
     */
    HttpResponse<InputStream> patchCollection(String path, InputStream body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", COLLECTION)
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** An import: the file streamed as multipart form data with its type and options; returns the job id. */
    String startImport(Path file, String type, Map<String, String> options) throws IOException, InterruptedException {
        String boundary = "----omnipim-bench-" + System.nanoTime();
        StringBuilder fields = new StringBuilder();
        Map<String, String> all = new java.util.LinkedHashMap<>(options);
        all.put("type", type);
        all.forEach((k, v) -> fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName()).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/rest/v1/imports"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(fields.toString()),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("import of " + file + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readTree(response.body()).path("id").asText();
    }

    /** An export with these options; returns the job id. */
    String startExport(Object options) throws IOException, InterruptedException {
        HttpRequest request = authorized("/api/rest/v1/exports").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(options))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("export answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("id").asText();
    }

    /** Polls a job until it is finished; returns its last view. */
    JsonNode awaitJob(String path) throws IOException, InterruptedException {
        while (true) {
            JsonNode job = getJson(path);
            String status = job.path("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                return job;
            }
            Thread.sleep(250);
        }
    }

    /** The Prometheus text of {@code /q/metrics}, which needs no token. */
    String metrics() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/metrics")).timeout(Duration.ofSeconds(10))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder authorized(String pathOrUrl) throws IOException, InterruptedException {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
        return HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).header("Authorization", "Bearer " + token());
    }
}
