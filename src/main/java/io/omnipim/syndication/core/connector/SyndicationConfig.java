package io.omnipim.syndication.core.connector;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Channel syndication: where connector definitions are read from. */
@ConfigMapping(prefix = "pim.syndication")
public interface SyndicationConfig {

    /** The folder of connector definitions, one YAML (or JSON) file per connector; relative to the working dir. */
    @WithDefault("connectors")
    String dir();

    /** Load the folder at start (each node; a file is applied only when its content changed). */
    @WithDefault("true")
    boolean loadAtStart();

    /** How often each node aligns the Quartz triggers with the connectors' schedules. */
    @WithDefault("30s")
    java.time.Duration scheduleSync();
}
