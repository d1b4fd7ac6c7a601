package io.omnipim.syndication.core.definition;

import java.util.Optional;

/** Whether a selection (Akeneo search JSON) can run on the catalog: the catalog's own filter parser decides. */
@FunctionalInterface
public interface SelectionCheck {

    /** Why it cannot run, or empty. */
    Optional<String> problem(String searchJson, String locale, String scope);
}
