package io.omnipim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The connectors the syndication benchmark runs, mapped onto the generated catalog (its {@code ean}, {@code brand},
 * {@code price}…), written through the connectors API as an administrator would, and their runs.
 */
final class BenchConnectors {

    static final String GOOGLE = "bench-google";
    static final String WEBHOOK = "bench-webhook";
    static final String SECRET_VARIABLE = "BENCH_WEBHOOK_SECRET";
    static final String SECRET = "bench-webhook-secret-0123456789";

    private static final String GOOGLE_YAML = """
            code: bench-google
            label: Benchmark — Google Shopping
            type: google-merchant
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            link_template: "https://boutique.example/p/{identifier}"
            selection:
              enabled: [{operator: "=", value: true}]
            fields:
              - {target: id, property: identifier}
              - {target: title, template: "{brand} {name}", transforms: [{truncate: 150}]}
              - {target: description, source: description, transforms: [strip_html, {truncate: 5000}]}
              - {target: link, property: url}
              - {target: image_link, template: "https://boutique.example/img/{sku}.jpg"}
              - target: availability
                source: stock_quantity
                transforms: [{stock_to_availability: {threshold: 2}}]
              - {target: price, source: price, transforms: [price_format]}
              - {target: sale_price, source: sale_price, transforms: [price_format]}
              - {target: brand, source: brand, transforms: [option_label]}
              - {target: gtin, source: ean}
              - {target: condition, constant: new}
              - {target: item_group_id, property: item_group}
              - {target: color, source: color, transforms: [option_label]}
              - {target: size, source: size, transforms: [option_label]}
              - {target: product_type, property: categories, transforms: [category_path]}
              - {target: shipping.country, constant: FR}
              - {target: shipping.max_transit_time, source: delivery_delay_days}
            publish_gate:
              max_invalid_ratio: 0.5
            on_change: false
            delivery:
              format: xml
            """;

    private static final String WEBHOOK_YAML = """
            code: bench-webhook
            label: Benchmark — web shop webhook
            type: webhook
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            selection:
              enabled: [{operator: "=", value: true}]
            fields:
              - {target: sku, property: identifier}
              - {target: name, source: name}
              - {target: price, source: price}
              - {target: stock, source: stock_quantity}
              - {target: delivery_days, source: delivery_delay_days}
            on_change: %s
            delivery:
              url: "%s"
              secret: ${BENCH_WEBHOOK_SECRET}
              batch_size: 500
            """;

    private final PimApi api;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    BenchConnectors(PimApi api, URI base) {
        this.api = api;
        this.base = base;
    }

    void google() throws IOException, InterruptedException {
        put(GOOGLE, GOOGLE_YAML);
    }

    void webhook(String url, boolean onChange) throws IOException, InterruptedException {
        put(WEBHOOK, String.format(WEBHOOK_YAML, onChange, url));
    }

    /** Starts a run and waits for it; returns the run's last view. */
    JsonNode run(String code, String mode) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/rest/v1/connectors/" + code
                + "/runs?mode=" + mode)).header("Authorization", "Bearer " + api.token())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("run of " + code + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        String id = api.json().readTree(response.body()).path("id").asText();
        JsonNode run = api.awaitJob("/api/rest/v1/connectors/" + code + "/runs/" + id);
        if (!"done".equals(run.path("status").asText())) {
            throw new IllegalStateException("run of " + code + " ended " + run.path("status").asText() + ": "
                    + run.path("message").asText());
        }
        return run;
    }

    private void put(String code, String yaml) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/rest/v1/connectors/" + code))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "application/yaml; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 204 && response.statusCode() != 200) {
            throw new IllegalStateException("connector " + code + " refused (" + response.statusCode() + "): "
                    + response.body());
        }
    }
}
