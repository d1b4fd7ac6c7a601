package io.omnipim.syndication.core.definition;

import java.util.List;

import io.omnipim.syndication.core.FieldRule;

/**
 * One target field of a connector: where its value comes from, the transforms applied in order, and the checks
 * the result must pass.
 */
public record FieldMapping(String target, FieldSource source, List<Transform> transforms, FieldRule rule) {

    public FieldMapping {
        transforms = List.copyOf(transforms);
        rule = rule == null ? FieldRule.NONE : rule;
    }
}
