package io.omnipim.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request body limits. */
@ConfigMapping(prefix = "pim.http")
public interface HttpLimitsConfig {

    /** Largest JSON body accepted (bytes); larger ones get 413. */
    @WithDefault("10485760")
    long maxJsonBytes();

    /** Largest upload or streamed collection (bytes): import files, media files, collection PATCH. */
    @WithDefault("2147483648")
    long maxUploadBytes();
}
