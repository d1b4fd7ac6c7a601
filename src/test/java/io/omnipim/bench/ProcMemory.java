package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of a process from Linux /proc, in kB; 0 where /proc does not exist or the process is gone. */
final class ProcMemory {

    private ProcMemory() {
    }

    /** A "Key:   123 kB" line of /proc/&lt;pid&gt;/&lt;file&gt;, e.g. ("status", "VmHWM"). */
    static long read(long pid, String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc (not Linux) or the process just exited: report nothing rather than fail the benchmark
        }
        return 0;
    }

    /**
     * Proportional set size of a process and all its descendants. PSS splits shared pages among their users, so
     * unlike summed RSS it does not count PostgreSQL's shared buffers once per backend.
     */
    static long treePss(ProcessHandle root) {
        long total = pss(root.pid());
        for (ProcessHandle child : (Iterable<ProcessHandle>) root.descendants()::iterator) {
            total += pss(child.pid());
        }
        return total;
    }

    private static long pss(long pid) {
        long pss = read(pid, "smaps_rollup", "Pss");
        return pss > 0 ? pss : read(pid, "status", "VmRSS");
    }
}
