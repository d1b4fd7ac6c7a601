package io.omnipim.catalog.structure.locale;

/** A locale; enabled when at least one channel uses it. */
public record Locale(String code, boolean enabled) {
}
