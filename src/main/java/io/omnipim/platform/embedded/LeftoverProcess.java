package io.omnipim.platform.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * Finds and stops servers that a killed launcher (kill -9) left running on our data directories, so a new start
 * never runs a second copy on the same files.
 */
final class LeftoverProcess {

    private static final Logger LOG = Logger.getLogger(LeftoverProcess.class);

    private LeftoverProcess() {
    }

    /** PostgreSQL writes its pid on the first line of {@code postmaster.pid} in the data directory. */
    static void stopPostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> commandLine(p).contains(dataDir.toString()) || commandLine(p).contains("postgres"));
        if (leftover.isPresent()) {
            LOG.warnf("stopping PostgreSQL (pid %d) left running by an earlier launch", leftover.get().pid());
            stop(leftover.get(), Duration.ofSeconds(30));
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process's command line from /proc (spaces between arguments), empty when it cannot be read. */
    static String commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
    }

    /** SIGTERM, then SIGKILL when it has not exited in time. */
    static void stop(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception timeoutOrInterrupt) {
            LOG.warnf("process %d did not stop within %s; killing it", process.pid(), grace);
            process.destroyForcibly();
            try {
                process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more we can do; the start that follows reports a clear error if the files are busy
            }
        }
    }
}
