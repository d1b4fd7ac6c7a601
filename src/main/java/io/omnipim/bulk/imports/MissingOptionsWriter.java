package io.omnipim.bulk.imports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeOptionService;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.security.Author;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code on_missing_option=create}: before a batch is written, the select options its rows name but the catalog
 * lacks are created (label = code), in the batch's transaction, so the rows are accepted.
 */
final class MissingOptionsWriter implements BatchWriter {

    private final BatchWriter next;
    private final AttributeOptionService options;
    private final StructureCache cache;
    private final boolean dryRun;

    MissingOptionsWriter(BatchWriter next, AttributeOptionService options, StructureCache cache, boolean dryRun) {
        this.next = next;
        this.options = options;
        this.cache = cache;
        this.dryRun = dryRun;
    }

    /** The row without the values naming options to create (a dry run cannot create them). */
    private static PreparedRow withoutOptions(PreparedRow row, Set<List<String>> missing) {
        ObjectNode body = row.body().deepCopy();
        JsonNode values = body.path("values");
        missing.forEach(option -> {
            if (values instanceof ObjectNode v) {
                v.remove(option.get(0));
            }
        });
        return new PreparedRow(row.line(), row.key(), body);
    }

    @Override
    public List<RowOutcome> write(List<PreparedRow> rows, Author author) {
        CatalogStructure catalog = cache.current();
        Set<List<String>> missing = new LinkedHashSet<>();
        for (PreparedRow row : rows) {
            JsonNode values = row.body().path("values");
            values.fields().forEachRemaining(field -> collect(catalog, field, missing));
        }
        if (missing.isEmpty()) {
            return next.write(rows, author);
        }
        if (dryRun) {
            // nothing may be created: check the rows as they would be once the options exist
            return next.write(rows.stream().map(r -> withoutOptions(r, missing)).toList(), author);
        }
        // committed on their own: the structure cache reloads from committed data only
        QuarkusTransaction.requiringNew().run(() -> {
            for (List<String> option : missing) {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.putObject("labels");
                options.merge(option.get(0), option.get(1), body, false);
            }
        });
        return next.write(rows, author);
    }

    private static void collect(CatalogStructure catalog, Map.Entry<String, JsonNode> field,
            Set<List<String>> missing) {
        Attribute attribute = catalog.attribute(field.getKey()).orElse(null);
        if (attribute == null) {
            return;
        }
        AttributeType type = attribute.attributeType();
        if (type != AttributeType.SIMPLE_SELECT && type != AttributeType.MULTI_SELECT) {
            return;
        }
        for (JsonNode value : field.getValue()) {
            JsonNode data = value.path("data");
            for (JsonNode code : data.isArray() ? data : List.of(data)) {
                if (code.isTextual() && catalog.option(field.getKey(), code.asText()).isEmpty()) {
                    missing.add(List.of(field.getKey(), code.asText()));
                }
            }
        }
    }
}
