package io.omnipim.ui.settings.families;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * The form creating a family variant: its code and labels, then for each of one or two levels the axes (select,
 * metric or yes/no attributes of the family, neither localizable nor scopable) and the attributes set there.
 */
public record VariantPage(String family, String familyLabel, SettingsForm form, List<Choice> locales,
        List<Choice> axes, List<Choice> attributes) {
}
