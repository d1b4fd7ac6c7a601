package io.omnipim.platform.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.client.config.RequestConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Ready only when Elasticsearch answers {@code /_cluster/health} (the probe that works on every distribution)
 * with green or yellow, within a few seconds.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    private static final RequestOptions QUICK = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(1000).setSocketTimeout(3000).build())
            .build();

    private final RestClient client;

    public ElasticsearchReadiness(RestClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("elasticsearch");
        try {
            Request request = new Request("GET", "/_cluster/health");
            request.setOptions(QUICK);
            Response response = client.performRequest(request);
            String body = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            String status = body.replaceAll(".*\"status\"\\s*:\\s*\"(\\w+)\".*", "$1");
            builder.withData("status", status);
            return ("green".equals(status) || "yellow".equals(status) ? builder.up() : builder.down()).build();
        } catch (IOException | RuntimeException e) {
            return builder.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
