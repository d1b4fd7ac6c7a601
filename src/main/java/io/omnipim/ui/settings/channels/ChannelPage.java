package io.omnipim.ui.settings.channels;

import java.util.List;

import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.SettingsForm;

/** The channels list with, for one channel being created or edited, its form and the choices it offers. */
public record ChannelPage(List<Row> rows, String code, boolean creating, SettingsForm form, List<Choice> labelLocales,
        List<Choice> locales, List<Choice> currencies, List<Choice> trees, String saved) {

    /** One line of the channels list. */
    public record Row(String code, String label, String locales, String currencies, String tree) {
    }
}
