package io.omnipim.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;

/**
 * The channel and locale a screen shows (completeness, labels, localizable and scopable values), with the choices
 * offered: every channel, and the locales of the chosen channel. An unknown or missing choice falls back to the
 * first channel and to the user's own language when the channel has it.
 */
public record ContextChoice(String channel, String locale, List<Option> channels, List<Option> locales) {

    /** One entry of a switcher. */
    public record Option(String code, String label, boolean selected) {
    }

    public static ContextChoice of(CatalogStructure catalog, String channel, String locale, Shell shell) {
        String labelLocale = labelLocale(shell);
        Channel chosen = catalog.channels().get(channel);
        if (chosen == null) {
            chosen = catalog.channels().values().stream().findFirst().orElse(null);
        }
        if (chosen == null) {
            return new ContextChoice(null, null, List.of(), List.of());
        }
        List<Option> channels = new ArrayList<>();
        for (Channel c : catalog.channels().values()) {
            channels.add(new Option(c.code(), label(c, labelLocale), c.code().equals(chosen.code())));
        }
        String wanted = chosen.locales().contains(locale)
                ? locale
                : chosen.locales().contains(labelLocale)
                        ? labelLocale
                        : chosen.locales().isEmpty() ? null : chosen.locales().get(0);
        List<Option> locales = new ArrayList<>();
        for (String l : chosen.locales()) {
            locales.add(new Option(l, localeName(l, shell.locale()), l.equals(wanted)));
        }
        return new ContextChoice(chosen.code(), wanted, channels, locales);
    }

    public String channelLabel() {
        return channels.stream().filter(Option::selected).map(Option::label).findFirst().orElse(channel);
    }

    public String localeLabel() {
        return locales.stream().filter(Option::selected).map(Option::label).findFirst().orElse(locale);
    }

    /** The catalog locale whose labels match the screens' language. */
    public static String labelLocale(Shell shell) {
        return shell.french() ? "fr_FR" : "en_US";
    }

    public static String label(Channel channel, String labelLocale) {
        String label = channel.labels() == null ? null : channel.labels().get(labelLocale);
        return label == null || label.isBlank() ? channel.code() : label;
    }

    /** "Français (France)" for fr_FR in French, "German (Germany)" for de_DE in English. */
    public static String localeName(String code, Locale display) {
        String name = Locale.forLanguageTag(code.replace('_', '-')).getDisplayName(display);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
