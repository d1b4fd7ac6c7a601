package io.omnipim.catalog.product.values;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.platform.errors.FieldError;

/**
 * Checks one value (attribute × locale × scope × data) and returns its canonical form, the one stored and compared:
 * equal canonical data means "unchanged". Errors name the attribute, locale and scope.
 */
public final class ValueValidator {

    private ValueValidator() {
    }

    /**
     * The canonical data, or null when the value is erased ({@code data: null}) or invalid (then {@code errors}
     * grows).
     */
    public static JsonNode canonical(String attributeCode, String locale, String scope, JsonNode data,
            ValueContext context, List<FieldError> errors) {
        ValueCheck check = new ValueCheck(attributeCode, locale, scope, errors);
        Attribute attribute = place(attributeCode, locale, scope, context.catalog(), check);
        if (attribute == null || data == null || data.isNull()) {
            return null;
        }
        return TypedValues.canonical(attribute, data, context, check);
    }

    /**
     * As {@link #canonical(String, String, String, JsonNode, ValueContext, List)} for a value of a prepared list:
     * its attribute, locale and scope are checked once per slot and structure.
     */
    public static JsonNode canonical(PreparedValues.Slot slot, JsonNode data, ValueContext context,
            List<FieldError> errors) {
        CatalogStructure catalog = context.catalog();
        ValueCheck check = new ValueCheck(slot.attribute(), slot.locale(), slot.scope(), errors);
        Attribute attribute;
        if (slot.placedIn(catalog)) {
            attribute = catalog.attributes().get(slot.attribute());
        } else {
            attribute = place(slot.attribute(), slot.locale(), slot.scope(), catalog, check);
            if (attribute == null) {
                return null;
            }
            slot.placed(catalog);
        }
        if (data == null || data.isNull()) {
            return null;
        }
        return TypedValues.canonical(attribute, data, context, check);
    }

    /** The attribute when it exists and takes this locale and scope; null when not (then {@code check} failed). */
    private static Attribute place(String attributeCode, String locale, String scope, CatalogStructure catalog,
            ValueCheck check) {
        Attribute attribute = catalog.attributes().get(attributeCode);
        if (attribute == null) {
            check.fail("The attribute \"" + attributeCode + "\" does not exist.");
            return null;
        }
        int before = check.errorCount();
        checkScopeAndLocale(attribute, locale, scope, catalog, check);
        return check.errorCount() > before ? null : attribute;
    }

    private static void checkScopeAndLocale(Attribute a, String locale, String scope, CatalogStructure catalog,
            ValueCheck check) {
        if (a.isScopable() && scope == null) {
            check.fail("The attribute \"" + a.code() + "\" requires a scope (channel).");
        } else if (!a.isScopable() && scope != null) {
            check.fail("The attribute \"" + a.code() + "\" does not expect a scope, \"" + scope + "\" given.");
        } else if (scope != null && catalog.channel(scope).isEmpty()) {
            check.fail("The channel \"" + scope + "\" does not exist.");
        }
        if (a.isLocalizable() && locale == null) {
            check.fail("The attribute \"" + a.code() + "\" requires a locale.");
        } else if (!a.isLocalizable() && locale != null) {
            check.fail("The attribute \"" + a.code() + "\" does not expect a locale, \"" + locale + "\" given.");
        } else if (locale != null) {
            checkLocale(a, locale, scope, catalog, check);
        }
    }

    private static void checkLocale(Attribute a, String locale, String scope, CatalogStructure catalog,
            ValueCheck check) {
        if (!catalog.enabledLocales().contains(locale)) {
            check.fail("The locale \"" + locale + "\" does not exist or is not activated.");
            return;
        }
        Channel channel = scope == null ? null : catalog.channels().get(scope);
        if (channel != null && !channel.locales().contains(locale)) {
            check.fail("The locale \"" + locale + "\" is not activated for the channel \"" + scope + "\".");
        }
        if (a.availableLocales() != null && !a.availableLocales().isEmpty()
                && !a.availableLocales().contains(locale)) {
            check.fail("The attribute \"" + a.code() + "\" is only available in the locales "
                    + String.join(", ", a.availableLocales()) + ".");
        }
    }
}
