package io.omnipim.syndication.amazon;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends one call with Amazon's retry rules: 429 waits as long as Amazon says ({@code Retry-After}, else one period of
 * the {@code x-amzn-RateLimit-Limit} rate, else exponential back-off) then tries again; 5xx and network failures are
 * retried with back-off; 401/403 renew the token once; any other refusal fails at once with Amazon's reason. The
 * request is rebuilt on each attempt so that a renewed token is used.
 */
final class SpApiHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCESS_HINT = "Check that the seller authorised the app for this marketplace and"
            + " that the app has the Product Listing role.";

    private final HttpClient client;
    private final AmazonSettings.Pacing pacing;
    private final Sleeper sleeper;

    SpApiHttp(HttpClient client, AmazonSettings.Pacing pacing, Sleeper sleeper) {
        this.client = client;
        this.pacing = pacing;
        this.sleeper = sleeper;
    }

    /**
     * @param operation the step, for messages ("createFeed")
     * @param refusalHint what the user should check when Amazon refuses the call, appended to the message
     * @param onUnauthorized renews the credentials after a 401/403, or null when renewing cannot help
     */
    HttpResponse<byte[]> send(String operation, String refusalHint, Supplier<HttpRequest> request,
            Runnable onUnauthorized) {
        boolean renewed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.get(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt >= pacing.maxAttempts()) {
                    throw new SpApiException("Could not reach Amazon for " + operation + " after " + attempt
                            + " attempts (" + e.getMessage() + "). Check the network and the connector's endpoints.",
                            e);
                }
                pause(backoff(attempt), operation);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpApiException("The Amazon delivery was interrupted during " + operation + ".", e);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response;
            }
            if (status == 429 || status >= 500) {
                if (attempt >= pacing.maxAttempts()) {
                    throw new SpApiException(refusal(operation, response) + (status == 429
                            ? " Amazon still throttled it after " + attempt + " attempts; the next run will resend."
                            : " Amazon still failed after " + attempt + " attempts; the next run will resend."));
                }
                pause(status == 429 ? throttleWait(response, attempt) : backoff(attempt), operation);
                continue;
            }
            if ((status == 401 || status == 403) && onUnauthorized != null && !renewed) {
                renewed = true;
                attempt--;
                onUnauthorized.run();
                continue;
            }
            String hint = refusalHint.isBlank() && (status == 401 || status == 403) ? ACCESS_HINT : refusalHint;
            throw new SpApiException((refusal(operation, response) + " " + hint).trim());
        }
    }

    void pause(Duration duration, String operation) {
        try {
            sleeper.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpApiException("The Amazon delivery was interrupted while waiting for " + operation + ".", e);
        }
    }

    private Duration throttleWait(HttpResponse<?> response, int attempt) {
        Optional<String> retryAfter = response.headers().firstValue("Retry-After");
        Optional<String> rate = response.headers().firstValue("x-amzn-RateLimit-Limit");
        Duration wait;
        try {
            if (retryAfter.isPresent()) {
                wait = Duration.ofSeconds(Long.parseLong(retryAfter.get().trim()));
            } else if (rate.isPresent() && Double.parseDouble(rate.get().trim()) > 0) {
                wait = Duration.ofMillis((long) Math.ceil(1000 / Double.parseDouble(rate.get().trim())));
            } else {
                wait = backoff(attempt);
            }
        } catch (NumberFormatException e) {
            wait = backoff(attempt);
        }
        return wait.compareTo(pacing.maxBackoff()) > 0 ? pacing.maxBackoff() : wait;
    }

    private Duration backoff(int attempt) {
        Duration wait = pacing.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(pacing.maxBackoff()) > 0 ? pacing.maxBackoff() : wait;
    }

    /** "Amazon refused createFeed (400 InvalidInput: …)." with Amazon's or Login with Amazon's own error. */
    static String refusal(String operation, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String reason = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode error = json.path("errors").path(0);
            if (error.isObject()) {
                reason = error.path("code").asText() + ": " + error.path("message").asText();
            } else if (json.hasNonNull("error")) {
                reason = json.path("error").asText() + ": " + json.path("error_description").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: keep the raw text
        }
        return "Amazon refused " + operation + " (" + response.statusCode() + (reason.isBlank() ? "" : " " + reason)
                + ").";
    }
}
