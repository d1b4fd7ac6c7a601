package io.omnipim.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The shop's side of the webhook: acknowledges every batch at once and notes when each (sku, price) pair first
 * arrived, so the benchmark can tell how long a price change took to reach the shop.
 */
final class WebhookSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong deletes = new AtomicLong();

    WebhookSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/hook", this::receive);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Items received so far, deletes included. */
    long items() {
        return items.get();
    }

    long deletes() {
        return deletes.get();
    }

    /** When (System.nanoTime) this sku first arrived with this price, or null. */
    Long arrival(String sku, String price) {
        return arrivals.get(key(sku, price));
    }

    static String key(String sku, String price) {
        return sku + "|" + new BigDecimal(price).stripTrailingZeros().toPlainString();
    }

    private void receive(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (InputStream body = exchange.getRequestBody()) {
            JsonNode batch = json.readTree(body);
            for (JsonNode item : batch.path("items")) {
                items.incrementAndGet();
                if ("delete".equals(item.path("action").asText())) {
                    deletes.incrementAndGet();
                    continue;
                }
                String price = item.path("payload").path("price").asText("");
                if (!price.isEmpty()) {
                    arrivals.putIfAbsent(key(item.path("id").asText(), price), now);
                }
            }
        } catch (RuntimeException e) {
            // an unreadable batch is still acknowledged: the benchmark counts what it could read
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
