package io.omnipim.ui.settings.attributes;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * The attribute form: creating one (code and type chosen here) or editing one, with the type's own properties and,
 * for select attributes, the options.
 *
 * @param shown the type-specific properties the form shows (see {@link AttributeForm#propertiesOf})
 */
public record AttributePage(boolean creating, String code, String type, SettingsForm form, List<Choice> locales,
        List<Choice> types, List<Choice> groups, List<Choice> metricFamilies, List<Choice> units,
        List<String> shown, boolean hasOptions, List<OptionRow> options, SettingsForm optionForm, String saved) {

    public boolean shows(String property) {
        return shown.contains(property);
    }

    /** The validation rules a text attribute may have. */
    public List<String> rules() {
        return List.of("email", "url", "regexp", "gtin");
    }

    /** Whether localizable and scopable may be chosen (never for the identifier). */
    public boolean contextual() {
        return !"pim_catalog_identifier".equals(type);
    }

    /** One option of a select attribute, with its labels in every shown locale. */
    public record OptionRow(String code, int sortOrder, String label, java.util.Map<String, String> labels,
            boolean first, boolean last) {

        public String labelIn(String locale) {
            String value = labels.get(locale);
            return value == null ? "" : value;
        }
    }
}
