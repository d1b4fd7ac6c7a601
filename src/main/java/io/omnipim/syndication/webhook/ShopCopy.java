package io.omnipim.syndication.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.PimException;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.SecretRefs;

/**
 * Reads back what the shop holds: {@code GET delivery.read_url} with {@code {identifier}} replaced, signed like the
 * webhook batches (over an empty body), per product. 200 with the product's JSON object (the fields as the webhook
 * delivered them) means held; 404 means the shop does not have it.
 */
final class ShopCopy {

    static final String PLACEHOLDER = "{identifier}";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json;

    ShopCopy(Duration timeout, ObjectMapper json) {
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Why the shop cannot be read back now; empty when it can. */
    static Optional<String> cannotRead(ConnectorDefinition definition, String deliveryProblem) {
        String template = definition.deliverySetting("read_url", null);
        if (template == null) {
            return Optional.of("connector \"" + definition.code() + "\" has no delivery.read_url (e.g. read_url:"
                    + " https://shop.example/pim/products/{identifier}).");
        }
        if (SecretRefs.lookup(template).isEmpty()) {
            return Optional.of("connector \"" + definition.code() + "\" has no value for delivery.read_url "
                    + template + ": set the environment variable.");
        }
        return Optional.ofNullable(deliveryProblem);
    }

    Map<String, Map<String, Object>> read(ConnectorDefinition definition, WebhookSettings settings,
            List<String> identifiers) {
        String template = SecretRefs.lookup(definition.deliverySetting("read_url", null)).orElseThrow();
        Map<String, Map<String, Object>> held = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            String url = template.replace(PLACEHOLDER, URLEncoder.encode(identifier, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Accept", "application/json")
                    .header(Signature.HEADER, Signature.header(settings.secret(), System.currentTimeMillis() / 1000,
                            ""))
                    .GET().build();
            HttpResponse<String> response = send(request, url);
            if (response.statusCode() == 404) {
                continue;
            }
            if (response.statusCode() != 200) {
                throw new PimException(502, "The shop answered HTTP " + response.statusCode() + " when asked for"
                        + " product " + identifier + " at " + url + "; check delivery.read_url of connector \""
                        + definition.code() + "\".");
            }
            try {
                held.put(identifier, json.readValue(response.body(), FIELDS));
            } catch (IOException e) {
                throw new PimException(502, "The shop's answer for product " + identifier + " at " + url
                        + " is not a JSON object of the product's fields.");
            }
        }
        return held;
    }

    private HttpResponse<String> send(HttpRequest request, String url) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PimException(502, "The shop could not be reached at " + url + " (" + e.getClass()
                    .getSimpleName() + "); check delivery.read_url and that the shop is up.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PimException(502, "Interrupted while reading the shop's copy at " + url + ".");
        }
    }
}
