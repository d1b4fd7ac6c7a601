package io.omnipim.bulk.edit;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * What is checked once, before a bulk edit is queued, so a mistake is one clear answer instead of the same error
 * on every product: the codes exist, and a value names a locale and channel exactly when its attribute needs them.
 * What depends on each product (its family, its variant level, a unique value) is checked by the write path.
 */
final class ActionCheck {

    private ActionCheck() {
    }

    static void check(BulkEditAction action, CatalogStructure catalog) {
        switch (action.type()) {
            case SET_VALUE :
                value(action, catalog);
                break;
            case ADD_CATEGORIES :
            case REMOVE_CATEGORIES :
                for (String category : action.categories()) {
                    if (!catalog.categories().containsKey(category)) {
                        throw BulkEditAction.invalid("action.categories", "The category \"" + category
                                + "\" does not exist.");
                    }
                }
                break;
            case CHANGE_FAMILY :
                if (catalog.family(action.family()).isEmpty()) {
                    throw BulkEditAction.invalid("action.family", "The family \"" + action.family()
                            + "\" does not exist.");
                }
                break;
            default :
                break;
        }
    }

    private static void value(BulkEditAction action, CatalogStructure catalog) {
        Attribute attribute = catalog.attribute(action.attribute()).orElseThrow(() -> BulkEditAction
                .invalid("action.attribute", "The attribute \"" + action.attribute() + "\" does not exist."));
        AttributeType type = attribute.attributeType();
        if (type == AttributeType.IDENTIFIER || type.isMedia() || type == AttributeType.TABLE) {
            throw BulkEditAction.invalid("action.attribute", "The attribute \"" + attribute.code() + "\" cannot be"
                    + " set on many products at once (identifiers are unique, files are uploaded one by one).");
        }
        if (attribute.isLocalizable() && action.locale() == null) {
            throw BulkEditAction.invalid("action.locale", "The attribute \"" + attribute.code() + "\" has a value"
                    + " per locale: choose the locale to set.");
        }
        if (!attribute.isLocalizable() && action.locale() != null) {
            throw BulkEditAction.invalid("action.locale", "The attribute \"" + attribute.code() + "\" has one value"
                    + " for all locales: leave the locale empty.");
        }
        if (action.locale() != null && !catalog.activeLocales().contains(action.locale())) {
            throw BulkEditAction.invalid("action.locale", "The locale \"" + action.locale() + "\" is not used by"
                    + " any channel.");
        }
        if (attribute.isScopable() && action.scope() == null) {
            throw BulkEditAction.invalid("action.scope", "The attribute \"" + attribute.code() + "\" has a value"
                    + " per channel: choose the channel to set.");
        }
        if (!attribute.isScopable() && action.scope() != null) {
            throw BulkEditAction.invalid("action.scope", "The attribute \"" + attribute.code() + "\" has one value"
                    + " for all channels: leave the channel empty.");
        }
        if (action.scope() != null && catalog.channel(action.scope()).isEmpty()) {
            throw BulkEditAction.invalid("action.scope", "The channel \"" + action.scope() + "\" does not exist.");
        }
    }
}
