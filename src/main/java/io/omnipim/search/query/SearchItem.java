package io.omnipim.search.query;

import java.util.Map;

/**
 * One hit: a product ({@code uuid}) or product model ({@code code}), with what a result list shows.
 *
 * @param completeness ratio in the requested scope and locale (products only)
 * @param highlights the label and identifier with the matched words in {@code <em>}, when {@code q} matched them
 */
public record SearchItem(String type, String uuid, String code, String identifier, String label, String image,
        String family, boolean enabled, Integer completeness, Double score, Map<String, String> highlights) {
}
