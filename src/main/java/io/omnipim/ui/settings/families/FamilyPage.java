package io.omnipim.ui.settings.families;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * A family's settings: labels, label and image attributes, and the requirements matrix (one row per attribute of
 * the family, one column per channel), with the attributes that may be added and the family's variants.
 */
public record FamilyPage(String code, SettingsForm form, List<Choice> locales, List<Choice> channels,
        List<Row> rows, List<Choice> addable, List<Choice> labelAttributes, List<Choice> imageAttributes,
        List<VariantRow> variants, String saved) {

    /** Whether the box of {@code attribute} in the column of {@code channel} is ticked. */
    public boolean required(String channel, String attribute) {
        return form.has("attribute_requirements." + channel, attribute);
    }

    /** One attribute of the family; the identifier is required everywhere and cannot leave. */
    public record Row(String code, String label, String type, boolean identifier) {
    }

    /** One family variant: its axes per level. */
    public record VariantRow(String code, String label, List<String> axes) {
    }
}
