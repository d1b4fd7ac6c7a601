package io.omnipim.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Imports and exports: batch sizes and where their files live. */
@ConfigMapping(prefix = "pim.bulk")
public interface BulkConfig {

    /** Where uploaded sources, rejected rows and exported files are kept (one folder per job). */
    @WithDefault("${pim.data-dir}/jobs")
    String dir();

    /**
     * Rows per transaction of an import: a crash or cancel loses at most one batch of work, never half of one. With
     * two writers, each holding the batch it writes (converted) and its next one (as read), and the rows read
     * ahead, up to eight batches are in memory at once, two of them converted: 500 keeps the heap of a 512 MB
     * server far from full (live after collection stays under 200 MB in a 1M import; batches of 1,000 with
     * everything converted ahead left 300 to 400 MB live, and the collector took a third of a core).
     */
    @WithDefault("500")
    int batchSize();

    /**
     * Connections a product import writes on at once ({@code PIM_IMPORT_WRITERS}, 1 or more): with 2 or more, each
     * batch is shared by identifier between as many transactions running together, so PostgreSQL and the Java side
     * of the write path overlap instead of waiting for each other. Files with media, and imports that create missing
     * options, use one.
     */
    @WithDefault("2")
    int importWriters();

    /** The largest upload accepted, in megabytes. */
    @WithDefault("2048")
    int maxUploadMb();

    /** The folder of the sample catalog ({@code import-samples/} of the repository; the Docker image has it too). */
    @WithDefault("import-samples")
    String samplesDir();

    /** Load the sample catalog of {@code import-samples/} at the first start of an empty catalog. */
    @WithDefault("false")
    boolean loadSamples();
}
