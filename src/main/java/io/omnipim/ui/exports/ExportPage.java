package io.omnipim.ui.exports;

import java.util.List;

import io.omnipim.ui.imports.JobPanel;

/** The exports page: the form (type, format, family, channel, locales) and the recent exports. */
public record ExportPage(List<Choice> families, List<Choice> channels, List<Choice> locales, List<JobPanel> recent,
        List<String> errors) {

    /** An option of the form's selects and checkboxes. */
    public record Choice(String code, String label) {
    }
}
