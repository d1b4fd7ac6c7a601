package io.omnipim.bulk.flat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.platform.text.DidYouMean;

/**
 * Reads the header of a structure file: its fixed columns, {@code label-<locale>}, and for families
 * {@code requirements-<channel>}, for family variants {@code variant-axes_<n>} and {@code variant-attributes_<n>}.
 */
final class StructureHeaderParser {

    private static final Pattern VARIANT = Pattern.compile("(variant-axes|variant-attributes)_([12])");

    private final FlatType type;
    private final CatalogStructure catalog;
    private final List<StructureField> fields;

    StructureHeaderParser(FlatType type, CatalogStructure catalog) {
        this.type = type;
        this.catalog = catalog;
        this.fields = StructureField.of(type);
    }

    /** The column, or null when {@code problems} grew. */
    FlatColumn column(int index, String name, List<HeaderProblem> problems) {
        Optional<StructureField> field = fields.stream().filter(f -> f.column().equals(name)).findFirst();
        if (field.isPresent()) {
            return new FlatColumn.Property(index, name, name, null);
        }
        if (name.startsWith("label-")) {
            String locale = name.substring("label-".length());
            return catalog.locales().contains(locale)
                    ? new FlatColumn.Property(index, name, "label", locale)
                    : fail(index, name,
                            "\"" + locale + "\" is not a locale" + DidYouMean.hint(locale, catalog.locales()),
                            problems);
        }
        if (type == FlatType.FAMILY && name.startsWith("requirements-")) {
            String channel = name.substring("requirements-".length());
            return catalog.channels().containsKey(channel)
                    ? new FlatColumn.Property(index, name, "requirements", channel)
                    : fail(index, name, "\"" + channel + "\" is not a channel"
                            + DidYouMean.hint(channel, catalog.channels().keySet()), problems);
        }
        Matcher variant = VARIANT.matcher(name);
        if (type == FlatType.FAMILY_VARIANT && variant.matches()) {
            return new FlatColumn.Property(index, name, variant.group(1), variant.group(2));
        }
        return fail(index, name, "\"" + name + "\" is not a column of " + type.apiName() + " files"
                + DidYouMean.hint(name, known()), problems);
    }

    private TreeSet<String> known() {
        TreeSet<String> known = new TreeSet<>();
        fields.forEach(f -> known.add(f.column()));
        catalog.locales().forEach(l -> known.add("label-" + l));
        if (type == FlatType.FAMILY) {
            catalog.channels().keySet().forEach(c -> known.add("requirements-" + c));
        }
        if (type == FlatType.FAMILY_VARIANT) {
            List.of("variant-axes_1", "variant-attributes_1", "variant-axes_2", "variant-attributes_2")
                    .forEach(known::add);
        }
        return known;
    }

    /** Required columns, and variant levels that come with their axes. */
    void checkWhole(List<String> names, List<HeaderProblem> problems) {
        for (String required : StructureField.required(type)) {
            if (!names.contains(required)) {
                problems.add(HeaderProblem.missing(required, "required in " + type.apiName() + " files"));
            }
        }
        if (type != FlatType.FAMILY_VARIANT) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            Matcher variant = VARIANT.matcher(names.get(i));
            if (!variant.matches()) {
                continue;
            }
            String axes = "variant-axes_" + variant.group(2);
            if (!names.contains(axes)) {
                problems.add(new HeaderProblem(i + 1, names.get(i), "add the column \"" + axes + "\": a level is"
                        + " sent whole, with its axes"));
            } else if ("variant-axes_2".equals(names.get(i)) && !names.contains("variant-axes_1")) {
                problems.add(new HeaderProblem(i + 1, names.get(i), "level 2 needs level 1: add \"variant-axes_1\""));
            }
        }
    }

    private static FlatColumn fail(int index, String name, String message, List<HeaderProblem> problems) {
        problems.add(new HeaderProblem(index + 1, name, message));
        return null;
    }
}
