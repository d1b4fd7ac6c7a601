package io.omnipim.syndication.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A shop's webhook endpoint on a free local port: records every POST, and can answer 500 a number of times. Like a
 * shop, it keeps the products it acknowledged ({@link #held}) and serves each at {@code GET /pim/products/{id}}
 * (404 when it has none), for read-back.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String signature, String idempotencyKey, String body, int answered) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    final List<Received> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    /** What the shop holds, by product identifier: the payload last acknowledged. */
    final Map<String, JsonNode> held = new ConcurrentHashMap<>();
    final List<String> readSignatures = new CopyOnWriteArrayList<>();

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/pim", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            requests.add(new Received(exchange.getRequestHeaders().getFirst("X-Omnipim-Signature"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, status));
            if (status == 204) {
                keep(body);
            }
            answer(exchange, status, status == 500 ? "Erreur interne de la boutique" : "");
        });
        server.createContext("/pim/products/", exchange -> {
            readSignatures.add(exchange.getRequestHeaders().getFirst("X-Omnipim-Signature"));
            String id = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/pim/products/".length()),
                    StandardCharsets.UTF_8);
            JsonNode product = held.get(id);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            answer(exchange, product == null ? 404 : 200, product == null
                    ? "{\"error\":\"produit inconnu\"}"
                    : product.toString());
        });
        server.start();
    }

    private void keep(String body) throws IOException {
        for (JsonNode item : JSON.readTree(body).path("items")) {
            if ("delete".equals(item.path("action").asText())) {
                held.remove(item.path("id").asText());
            } else {
                held.put(item.path("id").asText(), item.path("payload"));
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] answer = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/pim";
    }

    String readUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pim/products/{identifier}";
    }

    List<Received> acknowledged() {
        return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
