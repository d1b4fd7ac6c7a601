package io.omnipim.syndication.core.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.syndication.core.definition.FieldSource;
import io.omnipim.syndication.core.definition.Transform;

/** Transforms that read the structure: option_label, category_path, image_url. */
final class CatalogTransforms {

    private CatalogTransforms() {
    }

    static Object apply(Transform t, Object value, FieldSource source, MappingContext context) {
        switch (t.name()) {
            case "option_label" :
                String attribute = source.attributes().isEmpty() ? null : source.attributes().get(0);
                return attribute == null ? value : optionLabels(context, attribute, value);
            case "category_path" :
                return categoryPath(Values.texts(value), context, t.text("separator", " > "),
                        t.option("include_root").asBoolean(false));
            default :
                String base = t.text("base_url", context.definition().mediaBaseUrl());
                return Values.each(value, key -> mediaUrl(base, key));
        }
    }

    /** Option codes → their labels in the connector's locale (the code when a label is missing). */
    static Object optionLabels(MappingContext context, String attribute, Object codes) {
        Map<String, Map<String, String>> options = context.structure().optionLabels().getOrDefault(attribute,
                Map.of());
        return Values.each(codes, code -> {
            String label = options.getOrDefault(code, Map.of()).get(context.locale());
            return label == null || label.isBlank() ? code : label;
        });
    }

    /**
     * The deepest of the product's categories in the channel's tree, as labels from the tree down: "Vêtements >
     * Femme". The tree root itself ("Master catalog") is left out unless asked for.
     */
    private static String categoryPath(List<String> categories, MappingContext context, String separator,
            boolean includeRoot) {
        ReadStructure structure = context.structure();
        ReadStructure.ChannelInfo channel = structure.channels().get(context.definition().channel());
        String tree = channel == null ? null : channel.categoryTree();
        List<String> best = null;
        for (String category : categories) {
            List<String> path = new ArrayList<>(structure.categoryAncestors(category));
            Collections.reverse(path);
            path.add(category);
            boolean inTree = tree == null || path.get(0).equals(tree);
            if (inTree && structure.categories().containsKey(category) && (best == null || path.size() > best.size())) {
                best = path;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (int i = includeRoot || best.size() == 1 ? 0 : 1; i < best.size(); i++) {
            String label = structure.categories().get(best.get(i)).labels().get(context.locale());
            labels.add(label == null || label.isBlank() ? best.get(i) : label);
        }
        return String.join(separator, labels);
    }

    private static String mediaUrl(String base, String key) {
        if (key.startsWith("http://") || key.startsWith("https://")) {
            return key;
        }
        String path = key.startsWith("/") ? key.substring(1) : key;
        return (base.endsWith("/") ? base : base + "/") + path.replace(" ", "%20");
    }
}
