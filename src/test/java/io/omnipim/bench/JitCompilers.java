package io.omnipim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the JIT compiler threads ({@code C1/C2 CompilerThread}) of every process on the machine have used, from
 * {@code /proc}: how a benchmark tells that the JVMs it measures have compiled the path it drives.
 */
final class JitCompilers {

    private static final double TICKS_PER_SECOND = 100;

    private JitCompilers() {
    }

    /** Seconds of CPU used so far by compiler threads, or NaN without {@code /proc}. */
    static double cpuSeconds() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc.resolve("self/task"))) {
            return Double.NaN;
        }
        long ticks = 0;
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                ticks += compilerTicks(process);
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long compilerTicks(Path process) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).trim();
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the command (which may hold spaces): state is the 3rd, utime the 14th, stime 15th
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process or thread ended meanwhile, or is not ours to read
        }
        return ticks;
    }
}
