package io.omnipim.ui.settings;

import java.util.Comparator;
import java.util.Map;

/** One entry of a select or a list of checkboxes on a settings screen: a code and what a person reads. */
public record Choice(String code, String label) {

    public static final Comparator<Choice> BY_LABEL = Comparator.comparing((Choice c) -> c.label().toLowerCase())
            .thenComparing(Choice::code);

    /** The label in {@code locale}, else the code in brackets as Akeneo shows a missing label. */
    public static String label(Map<String, String> labels, String locale, String code) {
        String label = labels == null ? null : labels.get(locale);
        return label == null || label.isBlank() ? "[" + code + "]" : label;
    }

    /** A locale code as an HTML {@code lang} value ("fr_FR" → "fr-FR"). */
    public String lang() {
        return code.replace('_', '-');
    }

    /** Locale codes with their names in the screen's language ("fr_FR", "Français (France)"). */
    public static java.util.List<Choice> locales(java.util.Collection<String> codes, String labelLocale) {
        java.util.Locale display = labelLocale.startsWith("fr") ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH;
        return codes.stream().sorted()
                .map(c -> new Choice(c, io.omnipim.ui.shell.ContextChoice.localeName(c, display))).toList();
    }

    public static Choice of(String code, Map<String, String> labels, String locale) {
        return new Choice(code, label(labels, locale, code));
    }
}
