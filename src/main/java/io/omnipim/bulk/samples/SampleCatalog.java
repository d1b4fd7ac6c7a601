package io.omnipim.bulk.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.omnipim.bulk.BulkConfig;
import io.omnipim.bulk.imports.ImportOptions;
import io.omnipim.bulk.imports.ImportService;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads {@code import-samples/} at the first start when asked ({@code PIM_LOAD_SAMPLES=true}), one file after the
 * other in dependency order, through the ordinary import jobs: a newcomer sees a real catalog, and the imports
 * page shows how each file went.
 */
@ApplicationScoped
public class SampleCatalog {

    private static final Logger LOG = Logger.getLogger(SampleCatalog.class);

    /** File and type, in the order their references need. */
    static final List<List<String>> FILES = List.of(List.of("attribute_groups.csv", "attribute_groups"),
            List.of("attributes.csv", "attributes"), List.of("attribute_options.csv", "attribute_options"),
            List.of("categories.csv", "categories"), List.of("channels.csv", "channels"),
            List.of("association_types.csv", "association_types"), List.of("families.csv", "families"),
            List.of("family_variants.csv", "family_variants"), List.of("product_models.csv", "product_models"),
            List.of("products.csv", "products"), List.of("products.xlsx", "products"),
            List.of("products-with-mistakes.csv", "products"));

    private final BulkConfig config;
    private final ImportService imports;
    private final SampleState state;

    public SampleCatalog(BulkConfig config, ImportService imports, SampleState state) {
        this.config = config;
        this.imports = imports;
        this.state = state;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.loadSamples()) {
            return;
        }
        Path dir = Path.of(config.samplesDir());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("samples not loaded: %s is not a folder (set PIM_SAMPLES_DIR)", dir.toAbsolutePath());
            return;
        }
        if (!state.firstLoad()) {
            return;
        }
        Thread loader = new Thread(() -> load(dir), "pim-samples");
        loader.setDaemon(true);
        loader.start();
    }

    /** Imports every sample file in order, waiting for each; returns the jobs. */
    public List<JobView> load(Path dir) {
        LOG.infof("loading the sample catalog from %s", dir.toAbsolutePath());
        List<JobView> done = new java.util.ArrayList<>();
        for (List<String> file : FILES) {
            Path path = dir.resolve(file.get(0));
            if (!Files.isRegularFile(path)) {
                LOG.warnf("sample file %s is missing; skipped", path);
                continue;
            }
            ImportOptions options = ImportOptions.parse(file.get(1), file.get(0), null, null, null, null, null, null,
                    null, null);
            UUID id = imports.submitLocal(path, dir.resolve("media"), options, Author.SYSTEM);
            JobView view = waitFor(id);
            done.add(view);
            LOG.infof("sample %s: %s %s", file.get(0), view.status(), view.counts());
        }
        return done;
    }

    private JobView waitFor(UUID id) {
        while (true) {
            JobView view = imports.view(id);
            if (!view.status().equals("queued") && !view.status().equals("running")) {
                return view;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
        }
    }
}
