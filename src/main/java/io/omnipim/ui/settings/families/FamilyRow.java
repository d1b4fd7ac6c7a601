package io.omnipim.ui.settings.families;

/** One line of the families list. */
public record FamilyRow(String code, String label, int attributes, long variants) {
}
