package io.omnipim.catalog.product.media;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.omnipim.platform.web.HalPage;

/** A media file as Akeneo's API shows it: links, then code, original_filename, mime_type, size, extension. */
public record MediaFileView(@JsonProperty("_links") Map<String, HalPage.Link> links, String code,
        String originalFilename, String mimeType, long size, String extension) {

    /** {@code url} is the file's own address; list items link to it as "self", as Akeneo's do. */
    static MediaFileView of(MediaFile f, String url, boolean withSelf) {
        Map<String, HalPage.Link> links = new LinkedHashMap<>();
        if (withSelf) {
            links.put("self", new HalPage.Link(url));
        }
        links.put("download", new HalPage.Link(url + "/download"));
        return new MediaFileView(links, f.code(), f.originalFilename(), f.mimeType(), f.size(), f.extension());
    }
}
