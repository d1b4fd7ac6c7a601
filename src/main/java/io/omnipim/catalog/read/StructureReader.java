package io.omnipim.catalog.read;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.catalog.structure.measurement.UnitConversion;

/** Turns the cached {@link CatalogStructure} into a {@link ReadStructure}, once per structure revision. */
@ApplicationScoped
class StructureReader {

    private final StructureCache cache;
    private volatile ReadStructure last;

    StructureReader(StructureCache cache) {
        this.cache = cache;
    }

    ReadStructure current() {
        CatalogStructure catalog = cache.current();
        ReadStructure cached = last;
        if (cached != null && cached.revision() == catalog.revision()) {
            return cached;
        }
        ReadStructure fresh = convert(catalog);
        last = fresh;
        return fresh;
    }

    /** An amount of a unit in the standard unit of its measurement family, or null when either is unknown. */
    BigDecimal toStandardUnit(String metricFamily, String unit, BigDecimal amount) {
        MeasurementFamily family = metricFamily == null
                ? null
                : cache.current().measurementFamilies().get(metricFamily);
        MeasurementFamily.Unit definition = family == null || unit == null ? null : family.units().get(unit);
        return definition == null ? null : UnitConversion.toStandard(amount, definition.convertFromStandard());
    }

    private static ReadStructure convert(CatalogStructure catalog) {
        Map<String, ReadStructure.AttributeInfo> attributes = new LinkedHashMap<>();
        for (Attribute a : catalog.attributes().values()) {
            attributes.put(a.code(), new ReadStructure.AttributeInfo(a.code(), ValueKind.ofType(a.type()),
                    a.isLocalizable(), a.isScopable(), a.isUnique(), a.validationRule(), a.metricFamily(),
                    labels(a.labels())));
        }
        Map<String, Map<String, Map<String, String>>> options = new LinkedHashMap<>();
        catalog.options().forEach((attribute, byCode) -> {
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            for (AttributeOption o : byCode.values()) {
                labels.put(o.code(), labels(o.labels()));
            }
            options.put(attribute, labels);
        });
        Map<String, ReadStructure.CategoryInfo> categories = new LinkedHashMap<>();
        catalog.categories().values().forEach(c -> categories.put(c.code(),
                new ReadStructure.CategoryInfo(c.code(), c.parent(), labels(c.labels()))));
        Map<String, ReadStructure.FamilyInfo> families = new LinkedHashMap<>();
        for (Family f : catalog.families().values()) {
            families.put(f.code(), new ReadStructure.FamilyInfo(f.code(), f.attributeAsLabel(), f.attributeAsImage(),
                    labels(f.labels())));
        }
        Map<String, ReadStructure.ChannelInfo> channels = new LinkedHashMap<>();
        catalog.channels().values().forEach(c -> channels.put(c.code(), new ReadStructure.ChannelInfo(c.code(),
                list(c.locales()), list(c.currencies()), c.categoryTree())));
        String identifier = catalog.attributes().values().stream()
                .filter(a -> ValueKind.ofType(a.type()) == ValueKind.IDENTIFIER).map(Attribute::code).findFirst()
                .orElse(null);
        return new ReadStructure(catalog.revision(), identifier, Map.copyOf(attributes), Map.copyOf(options),
                Map.copyOf(categories), Map.copyOf(catalog.categoryChildren()), Map.copyOf(families),
                Collections.unmodifiableMap(channels));
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        if (labels == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
