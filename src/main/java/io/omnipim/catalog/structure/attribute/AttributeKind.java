package io.omnipim.catalog.structure.attribute;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.platform.errors.FieldError;

/** Attributes: their type-specific properties and the rules Akeneo applies to them. */
@ApplicationScoped
public class AttributeKind implements StructureKind<Attribute> {

    /** Codes that would clash with product properties in filters and flat files. */
    static final Set<String> RESERVED = Set.of("id", "uuid", "associations", "categories", "category",
            "completeness", "enabled", "family", "family_variant", "groups", "parent", "label", "values",
            "identifier", "created", "updated", "entity_type", "attributes", "scope", "locale");
    static final Set<String> RULES = Set.of("email", "url", "regexp", "gtin");

    @Override
    public String name() {
        return "attribute";
    }

    @Override
    public String label() {
        return "Attribute";
    }

    @Override
    public Class<Attribute> type() {
        return Attribute.class;
    }

    @Override
    public String codeOf(Attribute value) {
        return value.code();
    }

    @Override
    public Attribute normalize(Attribute a, CatalogStructure catalog) {
        boolean identifier = AttributeType.IDENTIFIER.code().equals(a.type());
        return new Attribute(a.code(), a.type(), a.group(), identifier || Maps.isTrue(a.unique()),
                Maps.isTrue(a.useableAsGridFilter()) || identifier, Maps.list(a.allowedExtensions()),
                a.metricFamily(), a.defaultMetricUnit(), a.referenceDataName(), Maps.list(a.availableLocales()),
                a.maxCharacters(), a.validationRule(), a.validationRegexp(), a.wysiwygEnabled(), a.numberMin(),
                a.numberMax(), a.decimalsAllowed(), a.negativeAllowed(), a.dateMin(), a.dateMax(), a.maxFileSize(),
                a.minimumInputLength(), a.sortOrder() == null ? 0 : a.sortOrder(), Maps.isTrue(a.localizable()),
                Maps.isTrue(a.scopable()), Maps.clean(a.labels()), Maps.clean(a.guidelines()),
                a.autoOptionSorting(), a.defaultValue(), null);
    }

    @Override
    public Attribute present(Attribute a, CatalogStructure catalog) {
        var group = catalog.attributeGroups().get(a.group());
        return new Attribute(a.code(), a.type(), a.group(), a.unique(), a.useableAsGridFilter(),
                a.allowedExtensions(), a.metricFamily(), a.defaultMetricUnit(), a.referenceDataName(),
                a.availableLocales(), a.maxCharacters(), a.validationRule(), a.validationRegexp(),
                a.wysiwygEnabled(), a.numberMin(), a.numberMax(), a.decimalsAllowed(), a.negativeAllowed(),
                a.dateMin(), a.dateMax(), a.maxFileSize(), a.minimumInputLength(), a.sortOrder(), a.localizable(),
                a.scopable(), a.labels(), a.guidelines(), a.autoOptionSorting(), a.defaultValue(),
                group == null ? java.util.Map.of() : Maps.clean(group.labels()));
    }

    @Override
    public List<FieldError> validate(Attribute a, Attribute previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(a.code(), errors);
        if (a.code() != null && RESERVED.contains(a.code().toLowerCase())) {
            errors.add(FieldError.of("code", "This code is not available: \"" + a.code() + "\" is reserved."));
        }
        if (AttributeType.fromCode(a.type()).isEmpty()) {
            errors.add(FieldError.of("type", a.type() == null
                    ? "This value should not be blank."
                    : "The attribute type \"" + a.type() + "\" does not exist."));
            return errors;
        }
        if (previous != null && !previous.type().equals(a.type())) {
            errors.add(FieldError.of("type", "This property cannot be changed."));
        }
        if (a.group() == null || !catalog.attributeGroups().containsKey(a.group())) {
            errors.add(FieldError.of("group", a.group() == null
                    ? "This value should not be blank."
                    : "The attribute group \"" + a.group() + "\" does not exist."));
        }
        Codes.checkLabels(a.labels(), catalog.locales(), errors);
        for (String locale : a.availableLocales()) {
            if (!catalog.locales().contains(locale)) {
                errors.add(FieldError.of("available_locales", "The locale \"" + locale + "\" does not exist."));
            }
        }
        checkTypeProperties(a, catalog, errors);
        return errors;
    }

    private static void checkTypeProperties(Attribute a, CatalogStructure catalog, List<FieldError> errors) {
        AttributeType type = a.attributeType();
        if (type == AttributeType.IDENTIFIER) {
            if (a.isLocalizable() || a.isScopable()) {
                errors.add(FieldError.of("localizable", "An identifier attribute cannot be localizable or scopable."));
            }
            catalog.attributes().values().stream()
                    .filter(o -> o.attributeType() == AttributeType.IDENTIFIER && !o.code().equals(a.code()))
                    .findFirst().ifPresent(o -> errors.add(FieldError.of("type",
                            "The catalog already has an identifier attribute: \"" + o.code() + "\".")));
        }
        if (a.isUnique() && type != AttributeType.IDENTIFIER && type != AttributeType.TEXT
                && type != AttributeType.NUMBER && type != AttributeType.DATE) {
            errors.add(FieldError.of("unique", "Only text, number, date and identifier attributes can be unique."));
        }
        if (a.isUnique() && (a.isLocalizable() || a.isScopable())) {
            errors.add(FieldError.of("unique", "A unique attribute cannot be localizable or scopable."));
        }
        if (type == AttributeType.METRIC) {
            checkMetric(a, catalog, errors);
        } else if (a.metricFamily() != null || a.defaultMetricUnit() != null) {
            errors.add(FieldError.of("metric_family", "Only metric attributes have a metric family."));
        }
        checkText(a, type, errors);
        checkNumberBounds(a, errors);
        checkDates(a, errors);
        if (!a.allowedExtensions().isEmpty() && !type.isMedia()) {
            errors.add(FieldError.of("allowed_extensions", "Only image and file attributes have allowed extensions."));
        }
    }

    private static void checkMetric(Attribute a, CatalogStructure catalog, List<FieldError> errors) {
        MeasurementFamily family = a.metricFamily() == null
                ? null
                : catalog.measurementFamilies().get(a.metricFamily());
        if (family == null) {
            errors.add(FieldError.of("metric_family", a.metricFamily() == null
                    ? "This value should not be blank."
                    : "The measurement family \"" + a.metricFamily() + "\" does not exist."));
            return;
        }
        if (a.defaultMetricUnit() == null || !family.units().containsKey(a.defaultMetricUnit())) {
            errors.add(FieldError.of("default_metric_unit", a.defaultMetricUnit() == null
                    ? "This value should not be blank."
                    : "The unit \"" + a.defaultMetricUnit() + "\" does not belong to the measurement family \""
                            + family.code() + "\"."));
        }
    }

    private static void checkText(Attribute a, AttributeType type, List<FieldError> errors) {
        boolean textual = type == AttributeType.TEXT || type == AttributeType.IDENTIFIER
                || type == AttributeType.TEXTAREA;
        if (a.maxCharacters() != null && (!textual || a.maxCharacters() < 1
                || (type != AttributeType.TEXTAREA && a.maxCharacters() > 255))) {
            errors.add(FieldError.of("max_characters", textual
                    ? "This value should be between 1 and 255 (65535 for a text area)."
                    : "Only text attributes have a maximum number of characters."));
        }
        if (a.validationRule() != null) {
            if (type != AttributeType.TEXT && type != AttributeType.IDENTIFIER) {
                errors.add(FieldError.of("validation_rule",
                        "Only text and identifier attributes have a validation rule."));
            } else if (!RULES.contains(a.validationRule())) {
                errors.add(FieldError.of("validation_rule",
                        "The validation rule must be one of email, url, regexp, gtin."));
            }
        }
        if ("regexp".equals(a.validationRule())) {
            if (a.validationRegexp() == null || a.validationRegexp().isBlank()) {
                errors.add(FieldError.of("validation_regexp", "This value should not be blank."));
            } else {
                try {
                    Pattern.compile(JavaRegex.fromPcre(a.validationRegexp()));
                } catch (PatternSyntaxException e) {
                    errors.add(FieldError.of("validation_regexp", "This regular expression is not valid."));
                }
            }
        }
    }

    private static void checkNumberBounds(Attribute a, List<FieldError> errors) {
        BigDecimal min = decimal(a.numberMin(), "number_min", errors);
        BigDecimal max = decimal(a.numberMax(), "number_max", errors);
        if (min != null && max != null && min.compareTo(max) > 0) {
            errors.add(FieldError.of("number_min", "The minimum must not be greater than the maximum."));
        }
        decimal(a.maxFileSize(), "max_file_size", errors);
    }

    private static BigDecimal decimal(String value, String property, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(property, "This value should be a number."));
            return null;
        }
    }

    private static void checkDates(Attribute a, List<FieldError> errors) {
        for (String[] d : new String[][]{{a.dateMin(), "date_min"}, {a.dateMax(), "date_max"}}) {
            if (d[0] != null && parseDate(d[0]) == null) {
                errors.add(FieldError.of(d[1], "This value is not a valid date (yyyy-mm-dd or ISO 8601)."));
            }
        }
    }

    static OffsetDateTime parseDate(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @Override
    public String deletionBlocker(Attribute a, CatalogStructure catalog, StructureUsage usage) {
        if (a.attributeType() == AttributeType.IDENTIFIER) {
            return "The identifier attribute cannot be deleted.";
        }
        for (Family f : catalog.families().values()) {
            if (a.code().equals(f.attributeAsLabel())) {
                return "Attribute \"" + a.code() + "\" is the label attribute of family \"" + f.code()
                        + "\": choose another label attribute for that family first.";
            }
        }
        for (FamilyVariant v : catalog.familyVariants().values()) {
            for (FamilyVariant.VariantAttributeSet set : v.variantAttributeSets()) {
                if (set.axes().contains(a.code())) {
                    return "Attribute \"" + a.code() + "\" is a variant axis of \"" + v.code() + "\".";
                }
            }
        }
        List<String> families = catalog.families().values().stream().filter(f -> f.attributes().contains(a.code()))
                .map(Family::code).toList();
        if (!families.isEmpty()) {
            return "Attribute \"" + a.code() + "\" belongs to the families " + String.join(", ", families)
                    + ": remove it from them first.";
        }
        return null;
    }
}
