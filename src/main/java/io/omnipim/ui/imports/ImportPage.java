package io.omnipim.ui.imports;

import java.util.List;

import io.omnipim.ui.shell.Shell;

/** The imports page: the upload form (with the types this user may import) and the recent imports. */
public record ImportPage(Shell shell, List<TypeChoice> types, List<JobPanel> recent, List<String> errors) {

    /** A kind of file the user may import. */
    public record TypeChoice(String code, String label, boolean selected) {
    }
}
