package io.omnipim.syndication.core.definition;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The transforms a field may use, and the shape of each one's argument. */
public final class TransformArgs {

    /** Every transform name, in the order the documentation lists them. */
    public static final List<String> NAMES = List.of("strip_html", "truncate", "default", "option_label", "join",
            "price_format", "category_path", "stock_to_availability", "date_range", "image_url", "lowercase",
            "uppercase", "map", "unit_format");

    private static final Set<String> WITHOUT_ARGS = Set.of("strip_html", "option_label", "lowercase", "uppercase");

    private TransformArgs() {
    }

    static void check(Transform t, String path, TreeCheck check) {
        JsonNode args = t.args();
        if (WITHOUT_ARGS.contains(t.name())) {
            if (!args.isMissingNode() && !args.isNull()) {
                check.add(path, t.name() + " takes no setting; write just \"- " + t.name() + "\"");
            }
            return;
        }
        switch (t.name()) {
            case "truncate" :
                if (t.integer("max", 0) < 1) {
                    check.add(path, "truncate needs the most characters, e.g. truncate: 150");
                }
                keys(args, path, check, "max", "ellipsis");
                break;
            case "default" :
                if (!args.isValueNode() || args.isNull()) {
                    check.add(path, "default needs the value to use when there is none, e.g. default: new");
                }
                break;
            case "map" :
                if (!args.isObject() || args.isEmpty()) {
                    check.add(path, "map needs value pairs, e.g. map: {in_stock: \"in stock\"}");
                }
                break;
            case "stock_to_availability" :
                stock(t, path, check);
                break;
            case "date_range" :
                zone(t.text("timezone", "UTC"), path, check);
                keys(args, path, check, "timezone");
                break;
            default :
                keys(args, path, check, optionsOf(t.name()));
        }
    }

    private static void stock(Transform t, String path, TreeCheck check) {
        JsonNode threshold = t.args().isObject() ? t.args().path("threshold") : t.args();
        if (!threshold.isMissingNode() && (!threshold.isIntegralNumber() || threshold.asInt() < 0)) {
            check.add(path, "stock_to_availability needs the safety stock as a whole number, e.g. "
                    + "stock_to_availability: 2");
        }
        keys(t.args(), path, check, "threshold", "labels", "availability_attribute");
    }

    private static String[] optionsOf(String name) {
        switch (name) {
            case "join" :
                return new String[]{"separator"};
            case "price_format" :
                return new String[]{"currency", "decimals", "decimal_separator"};
            case "category_path" :
                return new String[]{"separator", "include_root"};
            case "image_url" :
                return new String[]{"base_url"};
            default :
                return new String[]{"units"};
        }
    }

    private static void keys(JsonNode args, String path, TreeCheck check, String... known) {
        if (args.isObject()) {
            check.knownKeys(args, path, List.of(known));
        }
    }

    private static void zone(String zone, String path, TreeCheck check) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            check.add(path, "unknown time zone \"" + zone + "\"; write e.g. Europe/Paris");
        }
    }
}
