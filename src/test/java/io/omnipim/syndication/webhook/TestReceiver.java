package io.omnipim.syndication.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A shop's webhook endpoint on a free local port: records every POST, and can answer 500 a number of times. */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String signature, String idempotencyKey, String body, int answered) {
    }

    private final HttpServer server;
    final List<Received> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/pim", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            requests.add(new Received(exchange.getRequestHeaders().getFirst("X-Omnipim-Signature"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, status));
            byte[] answer = status == 500
                    ? "Erreur interne de la boutique".getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/pim";
    }

    List<Received> acknowledged() {
        return requests.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
