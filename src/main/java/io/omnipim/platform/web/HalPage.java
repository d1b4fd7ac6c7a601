package io.omnipim.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of a list in Akeneo's HAL shape: {@code _links}, {@code current_page}, {@code _embedded.items}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HalPage<T>(@JsonProperty("_links") Map<String, Link> links,
        @JsonProperty("current_page") Integer currentPage,
        @JsonProperty("items_count") Long itemsCount,
        @JsonProperty("_embedded") Map<String, List<T>> embedded) {

    /** One HAL link. */
    public record Link(String href) {
    }

    /**
     * A page-numbered page whose next link is derived: from the count when there is one, else a full page is assumed
     * to have a next one (Akeneo's offset pagination does the same).
     */
    public static <T> HalPage<T> paged(String baseUrl, int page, int limit, List<T> items, Long count) {
        boolean hasNext = count == null ? items.size() == limit : (long) page * limit < count;
        return paged(baseUrl, page, limit, items, hasNext, count);
    }

    /** A page-numbered page: links to self, first, previous and next (when there is more). */
    public static <T> HalPage<T> paged(String baseUrl, int page, int limit, List<T> items, boolean hasNext,
            Long count) {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", new Link(baseUrl + "?page=" + page + "&limit=" + limit));
        links.put("first", new Link(baseUrl + "?page=1&limit=" + limit));
        if (page > 1) {
            links.put("previous", new Link(baseUrl + "?page=" + (page - 1) + "&limit=" + limit));
        }
        if (hasNext) {
            links.put("next", new Link(baseUrl + "?page=" + (page + 1) + "&limit=" + limit));
        }
        return new HalPage<>(links, page, count, Map.of("items", items));
    }
}
