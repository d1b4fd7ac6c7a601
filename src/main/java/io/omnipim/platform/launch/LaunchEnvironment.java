package io.omnipim.platform.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/** The environment variables the launcher reads ({@code PIM_*}); system properties of the same name win. */
record LaunchEnvironment(Map<String, String> env) {

    static LaunchEnvironment fromSystem() {
        return new LaunchEnvironment(System.getenv());
    }

    Optional<String> get(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    boolean externalServicesConfigured() {
        return get("PIM_DB_URL").isPresent() || get("PIM_ES_URL").isPresent();
    }

    int httpPort() {
        String port = get("PIM_HTTP_PORT").orElse(System.getProperty("quarkus.http.port", "8080"));
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new LaunchException("PIM_HTTP_PORT must be a number, got \"" + port + "\"");
        }
    }

    /** Quarkus reports a busy port with a stack trace, after the databases have started: check it first. */
    void checkHttpPortFree() {
        int port = httpPort();
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LaunchException("HTTP port " + port
                    + " is already in use by another program: stop it or choose another port with PIM_HTTP_PORT");
        }
    }
}
