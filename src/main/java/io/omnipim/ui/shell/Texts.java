package io.omnipim.ui.shell;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in the user's language, for texts built in Java (labels of badges, flash messages). */
public final class Texts {

    private Texts() {
    }

    public static Messages of(Shell shell) {
        return shell.french()
                ? MessageBundles.get(Messages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(Messages.class);
    }

    /** The second bundle: category tree, associations, variants, consistency, health. */
    public static MoreMessages more(Shell shell) {
        return shell.french()
                ? MessageBundles.get(MoreMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(MoreMessages.class);
    }
}
