package io.omnipim.search.query;

import static io.omnipim.search.query.QueryDsl.object;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ReadStructure.AttributeInfo;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.search.index.DocumentSource;
import io.omnipim.search.index.ValueFields;

/**
 * The {@code sort} parameter: comma-separated {@code field[:asc|desc]} among {@code _score}, {@code identifier},
 * {@code created}, {@code updated}, {@code family}, {@code label} (in the locale), {@code completeness} (in the
 * scope and locale) and attribute codes (their value in the request's locale and scope, else the defaults; prices
 * in the channel's first currency). Type and id always end the order, so it is
 * total and {@code search_after} pages never skip or repeat a document.
 */
final class SortOrder {

    private SortOrder() {
    }

    static ArrayNode of(String sort, boolean relevance, FilterContext ctx) {
        ArrayNode out = QueryDsl.array();
        String spec = sort == null || sort.isBlank() ? (relevance ? "_score" : "updated:desc") : sort;
        for (String part : spec.split(",")) {
            String[] pieces = part.trim().split(":");
            String field = pieces[0];
            String direction = pieces.length > 1 ? pieces[1].toLowerCase(Locale.ROOT) : null;
            if (direction != null && !direction.equals("asc") && !direction.equals("desc")) {
                throw Condition.invalid("sort", "Sort direction \"" + pieces[1] + "\" must be asc or desc.");
            }
            out.add(one(field, direction, ctx));
        }
        out.addObject().put("type", "asc");
        out.addObject().put("id", "asc");
        return out;
    }

    private static JsonNode one(String field, String direction, FilterContext ctx) {
        ObjectNode sort = object();
        switch (field) {
            case "_score" :
                sort.putObject("_score").put("order", direction == null ? "desc" : direction);
                return sort;
            case "identifier" :
            case "created" :
            case "updated" :
            case "family" :
                sort.putObject(field).put("order", direction == null ? "asc" : direction).put("missing", "_last");
                return sort;
            case "label" :
                return flat(sort, "label_sort." + ctx.localeOrDefault(), direction, "keyword");
            case "completeness" :
                return flat(sort, "completeness." + DocumentSource.completenessKey(ctx.scopeOrDefault(),
                        ctx.localeOrDefault()), direction, "integer");
            default :
                return attribute(sort, field, direction, ctx);
        }
    }

    private static JsonNode attribute(ObjectNode sort, String code, String direction, FilterContext ctx) {
        AttributeInfo attribute = ctx.structure().attributes().get(code);
        if (attribute == null) {
            throw Condition.invalid("sort", "Cannot sort on \"" + code + "\": it is neither a sortable property nor"
                    + " an attribute.");
        }
        String type;
        switch (attribute.kind()) {
            case NUMBER :
            case METRIC :
            case PRICE :
                type = "double";
                break;
            case DATE :
                type = "date";
                break;
            case BOOLEAN :
                type = "boolean";
                break;
            case IDENTIFIER :
            case TEXT :
            case SIMPLE_SELECT :
                type = "keyword";
                break;
            default :
                throw Condition.invalid("sort", "Cannot sort on the attribute \"" + code + "\" (its type).");
        }
        String scope = ctx.scopeOrDefault();
        String key = ValueFields.key(code, attribute.scopable() ? scope : null,
                attribute.localizable() ? ctx.localeOrDefault() : null);
        if (attribute.kind() == ValueKind.PRICE) {
            // prices sort in the first currency of the channel
            ReadStructure.ChannelInfo channel = ctx.structure().channels().get(scope);
            String currency = channel == null || channel.currencies().isEmpty() ? "EUR" : channel.currencies().get(0);
            key = ValueFields.priceKey(key, currency);
        }
        return flat(sort, ValueFields.field(key, ValueFields.leaf(attribute.kind())), direction, type);
    }

    /** A field that may exist in no document yet: unmapped_type keeps the sort from failing then. */
    private static JsonNode flat(ObjectNode sort, String field, String direction, String type) {
        sort.putObject(field).put("order", direction == null ? "asc" : direction).put("missing", "_last")
                .put("unmapped_type", type);
        return sort;
    }
}
