package io.omnipim.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search read model: index naming and size, indexer pace, rebuild and consistency schedule. */
@ConfigMapping(prefix = "pim.search")
public interface SearchConfig {

    /** The alias searches read; versioned indices are named {@code <alias>_v<n>}. */
    @WithDefault("pim_catalog")
    String index();

    /** Primary shards of a new index (1 is right up to a few million products on one node). */
    @WithDefault("1")
    int shards();

    /** Replicas of a new index (0 on a single node; 1 or more on a cluster). */
    @WithDefault("0")
    int replicas();

    /** Outbox events the indexer reads per batch, and documents per bulk request. */
    @WithDefault("1000")
    int batchSize();

    /** How often the indexer polls the outbox ({@code poll()} skips a turn while the previous one runs). */
    @WithDefault("250ms")
    Duration pollInterval();

    /**
     * How long after start the indexer first polls ({@code PIM_SEARCH_POLL_DELAY}); the syndication benchmark sets
     * it long, so that catching up on its freshly loaded catalog does not share the cores with the runs it times.
     */
    @WithDefault("2s")
    Duration pollDelay();

    /** The longest wait between attempts while Elasticsearch fails (the wait doubles from 1 s up to this). */
    @WithDefault("30s")
    Duration maxBackoff();

    /** Documents per page of a full rebuild (read from PostgreSQL in keyset order, written in one bulk). */
    @WithDefault("1000")
    int rebuildPageSize();

    /** When the nightly consistency check (with repair) runs, as a Quartz-style cron expression. */
    @WithDefault("0 30 2 * * ?")
    String consistencyCron();

    /**
     * How long the indexer waits for the catalog to recompute completeness after a family, channel or attribute
     * change before re-indexing the products concerned anyway.
     */
    @WithDefault("5m")
    Duration completenessWait();

    /** Rebuild automatically at startup (and whenever the alias is missing or its mapping version is old). */
    @WithDefault("true")
    boolean autoRebuild();
}
