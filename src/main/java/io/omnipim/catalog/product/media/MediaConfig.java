package io.omnipim.catalog.product.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Media file settings. */
@ConfigMapping(prefix = "pim.media")
public interface MediaConfig {

    /**
     * Largest media file accepted (bytes), whatever an attribute's max_file_size says; larger ones get 413. The
     * HTTP layer's pim.http.max-upload-bytes is higher because imports share it.
     */
    @WithDefault("104857600")
    long maxFileBytes();
}
