package io.omnipim.ui.settings.labelled;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * Attribute groups or association types: a code and labels, plus a sort order for groups and the two fixed flags
 * of association types (quantified, two-way), chosen at creation only.
 *
 * @param section the URL part and menu entry: {@code attribute-groups} or {@code association-types}
 * @param code the one being edited, or null on the list page (which has the create form)
 */
public record LabelledPage(String section, String code, List<Row> rows, SettingsForm form, List<Choice> locales,
        String saved) {

    /** One line of the list. */
    public record Row(String code, String label, String detail) {
    }

    public boolean groups() {
        return section.equals(LabelledKinds.GROUPS);
    }
}
