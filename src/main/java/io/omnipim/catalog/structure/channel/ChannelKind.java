package io.omnipim.catalog.structure.channel;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/** Channels: at least one locale and one activated currency, a category tree, metric conversion units. */
@ApplicationScoped
public class ChannelKind implements StructureKind<Channel> {

    @Override
    public String name() {
        return "channel";
    }

    @Override
    public String label() {
        return "Channel";
    }

    @Override
    public Class<Channel> type() {
        return Channel.class;
    }

    @Override
    public String codeOf(Channel value) {
        return value.code();
    }

    @Override
    public Channel normalize(Channel c, CatalogStructure catalog) {
        return new Channel(c.code(), Maps.clean(c.labels()), Maps.list(c.currencies()), Maps.list(c.locales()),
                c.categoryTree(), Maps.clean(c.conversionUnits()));
    }

    @Override
    public List<FieldError> validate(Channel c, Channel previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(c.code(), errors);
        Codes.checkLabels(c.labels(), catalog.locales(), errors);
        if (c.locales().isEmpty()) {
            errors.add(FieldError.of("locales", "This collection should contain 1 element or more."));
        }
        c.locales().stream().filter(l -> !catalog.locales().contains(l)).forEach(l -> errors
                .add(FieldError.of("locales", "The locale \"" + l + "\" does not exist.")));
        if (c.currencies().isEmpty()) {
            errors.add(FieldError.of("currencies", "This collection should contain 1 element or more."));
        }
        c.currencies().stream().filter(cur -> !catalog.currencyEnabled(cur)).forEach(cur -> errors
                .add(FieldError.of("currencies", "The currency \"" + cur + "\" does not exist or is not activated.")));
        if (c.categoryTree() == null) {
            errors.add(FieldError.of("category_tree", "This value should not be blank."));
        } else if (!catalog.categories().containsKey(c.categoryTree())
                || catalog.categories().get(c.categoryTree()).parent() != null) {
            errors.add(FieldError.of("category_tree", "The category \"" + c.categoryTree()
                    + "\" does not exist or is not a tree root."));
        }
        c.conversionUnits().forEach((attribute, unit) -> checkConversion(attribute, unit, catalog, errors));
        return errors;
    }

    private static void checkConversion(String attribute, String unit, CatalogStructure catalog,
            List<FieldError> errors) {
        Attribute a = catalog.attributes().get(attribute);
        if (a == null || a.attributeType() != AttributeType.METRIC) {
            errors.add(FieldError.of("conversion_units",
                    "The attribute \"" + attribute + "\" is not a metric attribute."));
            return;
        }
        var family = catalog.measurementFamilies().get(a.metricFamily());
        if (family == null || !family.units().containsKey(unit)) {
            errors.add(FieldError.of("conversion_units", "The unit \"" + unit + "\" does not belong to the"
                    + " measurement family of \"" + attribute + "\"."));
        }
    }

    @Override
    public String deletionBlocker(Channel c, CatalogStructure catalog, StructureUsage usage) {
        return catalog.channels().size() <= 1 ? "The last channel cannot be deleted." : null;
    }
}
