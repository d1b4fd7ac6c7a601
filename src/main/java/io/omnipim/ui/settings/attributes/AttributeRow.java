package io.omnipim.ui.settings.attributes;

/** One line of the attributes list. */
public record AttributeRow(String code, String label, String type, String group) {
}
