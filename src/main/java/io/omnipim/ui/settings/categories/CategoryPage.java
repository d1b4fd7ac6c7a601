package io.omnipim.ui.settings.categories;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * One category: its labels, where it sits (the path from its tree's root), the parents it may move under (its own
 * tree, neither itself nor below itself), and the form adding a child.
 */
public record CategoryPage(String code, String label, boolean root, List<Choice> path, SettingsForm form,
        List<Choice> locales, List<Choice> parents, SettingsForm moveForm, SettingsForm childForm,
        CategoryNode tree, String saved) {
}
