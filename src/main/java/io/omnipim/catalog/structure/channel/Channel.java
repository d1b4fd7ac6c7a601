package io.omnipim.catalog.structure.channel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A channel (Akeneo's scope): its locales, currencies, category tree and preferred units. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Channel(String code, Map<String, String> labels, List<String> currencies, List<String> locales,
        String categoryTree, Map<String, String> conversionUnits) {
}
