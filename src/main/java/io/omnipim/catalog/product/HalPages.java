package io.omnipim.catalog.product;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.web.HalPage;

/** Page-numbered HAL bodies for product lists, keeping the caller's filters in the links. */
final class HalPages {

    private HalPages() {
    }

    static Map<String, Object> numbered(ProductReadService.Page page, ProductEndpoints.ListQuery q, UriInfo uri) {
        String base = uri.getAbsolutePath() + "?pagination_type=page&limit=" + q.limit() + extra(uri);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", new HalPage.Link(base + "&page=" + q.page()));
        links.put("first", new HalPage.Link(base + "&page=1"));
        if (q.page() > 1) {
            links.put("previous", new HalPage.Link(base + "&page=" + (q.page() - 1)));
        }
        if (page.hasNext()) {
            links.put("next", new HalPage.Link(base + "&page=" + (q.page() + 1)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_links", links);
        out.put("current_page", q.page());
        if (page.count() != null) {
            out.put("items_count", page.count());
        }
        out.put("_embedded", Map.of("items", page.items()));
        return out;
    }

    /** The query parameters other than paging, URL-encoded, to carry into the links. */
    static String extra(UriInfo uri) {
        StringBuilder out = new StringBuilder();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("limit") && !name.equals("search_after")
                    && !name.equals("pagination_type")) {
                values.forEach(v -> out.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
            }
        });
        return out.toString();
    }
}
