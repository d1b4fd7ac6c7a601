package io.omnipim.ui.settings.families;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/**
 * The form of a family variant: its code and labels, then for each of one or two levels the axes (select, metric
 * or yes/no attributes of the family, neither localizable nor scopable) and the attributes set there. When
 * editing ({@code code} set), the axes and levels are shown read-only: they cannot change once created.
 *
 * @param fixedAxes per level, the stored axes' labels (editing only)
 */
public record VariantPage(String family, String familyLabel, String code, SettingsForm form, List<Choice> locales,
        List<Choice> axes, List<Choice> attributes, List<String> fixedAxes, String saved) {

    public boolean editing() {
        return code != null;
    }

    /** The levels shown: both when creating, the stored ones when editing. */
    public List<Integer> levels() {
        return editing()
                ? java.util.stream.IntStream.rangeClosed(1, fixedAxes.size()).boxed().toList()
                : List.of(1, 2);
    }

    public String fixedAxes(int level) {
        return fixedAxes.get(level - 1);
    }
}
