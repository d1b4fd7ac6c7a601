package io.omnipim.catalog.structure.category;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A category; a category without parent is the root of a tree. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Category(String code, String parent, String updated, Integer position, Map<String, String> labels) {
}
