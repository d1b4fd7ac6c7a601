package io.omnipim.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The index definition. Attribute values are flat typed fields under the object {@code v}, one per attribute ×
 * scope × locale (× currency for prices), named by {@link ValueFields} and typed by the dynamic templates below
 * from their last segment ({@code keyword}, {@code text}, {@code number}, {@code date}, {@code bool}), as Akeneo's
 * own index does: a product is one Lucene document, and filters, sorts and facets read one field each. Words of
 * labels, text values and option labels are keyword arrays prefixed with their locale; a textarea's words are its
 * text field's tokens (its folded words separated by spaces), searched there and not copied. {@code v},
 * {@code completeness.<channel>-<locale>} (integer) and {@code label_sort.<locale>} (keyword) grow by template;
 * {@code dynamic: strict} refuses any other field not listed here. The field limit is raised to
 * {@link #FIELD_LIMIT}, and a catalog larger still keeps indexing every document
 * ({@code ignore_dynamic_beyond_limit}): only the values of fields past the limit are then not searchable.
 * The source is stored whole: leaving fields out of it made Elasticsearch filter every document's source and keep
 * a second, full copy for recovery (a third of its indexing time). Words and codes are only searched, never sorted
 * or aggregated, so they have no doc values. Only core field types and the standard analyzer are used, so it works
 * on the bare Elasticsearch distribution as on a full one.
 * Bump {@link #VERSION} on any change: nodes then rebuild into a new index at startup.
 */
public final class IndexMapping {

    /** Stored as {@code _meta.mapping_version}. */
    public static final int VERSION = 4;
    /** Fields an index may hold ({@code index.mapping.total_fields.limit}); about two per value key. */
    public static final int FIELD_LIMIT = 20000;

    private static final String BODY = """
            {
              "settings": {
                "number_of_shards": %d,
                "number_of_replicas": 0,
                "refresh_interval": "-1",
                "index.mapping.total_fields.limit": %d,
                "index.mapping.total_fields.ignore_dynamic_beyond_limit": true,
                "index.max_result_window": 10000
              },
              "mappings": {
                "dynamic": "strict",
                "_meta": {"mapping_version": %d},
                "dynamic_templates": [
                  {"completeness_ratios": {"path_match": "completeness.*", "mapping": {"type": "integer"}}},
                  {"label_sort_keys": {"path_match": "label_sort.*",
                                       "mapping": {"type": "keyword", "ignore_above": 200}}},
                  {"value_keywords": {"path_match": "v.*.keyword",
                                      "mapping": {"type": "keyword", "ignore_above": 256}}},
                  {"value_texts": {"path_match": "v.*.text",
                                   "mapping": {"type": "text", "analyzer": "standard", "norms": false}}},
                  {"value_numbers": {"path_match": "v.*.number", "mapping": {"type": "double"}}},
                  {"value_dates": {"path_match": "v.*.date", "mapping": {"type": "date"}}},
                  {"value_bools": {"path_match": "v.*.bool", "mapping": {"type": "boolean"}}}
                ],
                "properties": {
                  "type": {"type": "keyword"},
                  "id": {"type": "keyword"},
                  "identifier": {"type": "keyword"},
                  "identifier_folded": {"type": "keyword", "doc_values": false},
                  "codes": {"type": "keyword", "ignore_above": 256, "doc_values": false},
                  "version": {"type": "long"},
                  "fingerprint": {"type": "keyword"},
                  "enabled": {"type": "boolean"},
                  "family": {"type": "keyword"},
                  "family_variant": {"type": "keyword"},
                  "parent": {"type": "keyword"},
                  "ancestors": {"type": "keyword"},
                  "categories": {"type": "keyword"},
                  "categories_tree": {"type": "keyword"},
                  "groups": {"type": "keyword"},
                  "created": {"type": "date"},
                  "updated": {"type": "date"},
                  "label_words": {"type": "keyword", "ignore_above": 100, "doc_values": false},
                  "text_words": {"type": "keyword", "ignore_above": 100, "doc_values": false},
                  "label_sort": {"type": "object", "dynamic": true},
                  "completeness": {"type": "object", "dynamic": true},
                  "v": {"type": "object", "dynamic": true},
                  "display": {"type": "object", "enabled": false}
                }
              }
            }""";

    private IndexMapping() {
    }

    /** Settings and mappings of a new index, for a bulk load (no refresh, no replica: set after the load). */
    public static ObjectNode body(ObjectMapper json, int shards) {
        try {
            return (ObjectNode) json.readTree(BODY.formatted(shards, FIELD_LIMIT, VERSION));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index mapping is not valid JSON", e);
        }
    }
}
