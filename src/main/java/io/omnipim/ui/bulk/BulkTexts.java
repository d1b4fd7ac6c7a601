package io.omnipim.ui.bulk;

import io.omnipim.ui.shell.Shell;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The bulk texts in the user's language, for texts built in Java (as {@code Texts} for the main bundle). */
final class BulkTexts {

    private BulkTexts() {
    }

    static BulkMessages of(Shell shell) {
        return shell.french()
                ? MessageBundles.get(BulkMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(BulkMessages.class);
    }
}
