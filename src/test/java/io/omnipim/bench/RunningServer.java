package io.omnipim.bench;

import java.net.URI;
import java.nio.file.Path;

/**
 * A packaged server kept running while a benchmark measures it. Closing it stops it with SIGTERM (SIGKILL after a
 * minute) and reaps any child it leaves behind, so a failing benchmark never leaves PostgreSQL or Elasticsearch
 * running.
 */
record RunningServer(Process process, int port, Path log) implements AutoCloseable {

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            double seconds = ServerLaunch.stop(process);
            System.err.printf("  server stopped in %.1f s%n", seconds);
        }
    }
}
