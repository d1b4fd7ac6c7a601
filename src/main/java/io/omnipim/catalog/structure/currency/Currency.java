package io.omnipim.catalog.structure.currency;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A currency; prices may only use activated ones. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Currency(String code, Boolean enabled, String label) {
}
