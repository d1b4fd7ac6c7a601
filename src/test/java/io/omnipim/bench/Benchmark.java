package io.omnipim.bench;

import java.util.List;

/**
 * One benchmark of the {@link BenchmarkRunner}: it measures something and returns one or more table rows. To add
 * a benchmark, implement this and list it in {@link BenchmarkRunner#BENCHMARKS}.
 */
interface Benchmark {

    String name();

    List<Row> run(BenchContext ctx) throws Exception;

    /**
     * The row names this benchmark can produce, so that {@code bench.only=<row name>} selects it without running
     * it first. Benchmarks with one row need not override this.
     */
    default List<String> rowNames() {
        return List.of(name());
    }
}
