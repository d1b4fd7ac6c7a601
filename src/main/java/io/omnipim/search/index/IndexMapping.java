package io.omnipim.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The index definition. Bounded by design, whatever the catalog: attribute values are entries of one nested
 * {@code values} list ({attribute, scope, locale} plus one typed field per kind), words are keyword arrays
 * prefixed with their locale, select and boolean codes of no locale and no channel are also kept flat as
 * {@code facet_codes} ({@code attribute=code}) for cheap facets, and {@code dynamic: strict} refuses any field not
 * listed here. Two objects grow by template only, with what stays small: {@code completeness.<channel>-<locale>}
 * (integer) and {@code label_sort.<locale>} (keyword). Nested documents are the main indexing cost, so values alone
 * are nested. Only core field types and the standard analyzer are used, so it works on the bare Elasticsearch
 * distribution as on a full one.
 * Bump {@link #VERSION} on any change: nodes then rebuild into a new index at startup.
 */
public final class IndexMapping {

    /** Stored as {@code _meta.mapping_version}. */
    public static final int VERSION = 1;

    private static final String BODY = """
            {
              "settings": {
                "number_of_shards": %d,
                "number_of_replicas": 0,
                "refresh_interval": "-1",
                "index.mapping.nested_objects.limit": 100000,
                "index.max_result_window": 10000
              },
              "mappings": {
                "dynamic": "strict",
                "_meta": {"mapping_version": %d},
                "dynamic_templates": [
                  {"completeness_ratios": {"path_match": "completeness.*", "mapping": {"type": "integer"}}},
                  {"label_sort_keys": {"path_match": "label_sort.*",
                                       "mapping": {"type": "keyword", "ignore_above": 200}}}
                ],
                "properties": {
                  "type": {"type": "keyword"},
                  "id": {"type": "keyword"},
                  "identifier": {"type": "keyword"},
                  "identifier_folded": {"type": "keyword"},
                  "codes": {"type": "keyword", "ignore_above": 256},
                  "facet_codes": {"type": "keyword", "ignore_above": 300},
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
                  "label_words": {"type": "keyword", "ignore_above": 100},
                  "text_words": {"type": "keyword", "ignore_above": 100},
                  "label_sort": {"type": "object", "dynamic": true},
                  "completeness": {"type": "object", "dynamic": true},
                  "values": {"type": "nested", "properties": {
                    "attribute": {"type": "keyword"},
                    "scope": {"type": "keyword"},
                    "locale": {"type": "keyword"},
                    "keyword": {"type": "keyword", "ignore_above": 256},
                    "text": {"type": "text", "analyzer": "standard"},
                    "number": {"type": "double"},
                    "date": {"type": "date"},
                    "bool": {"type": "boolean"}
                  }},
                  "display": {"type": "object", "enabled": false}
                }
              }
            }""";

    private IndexMapping() {
    }

    /** Settings and mappings of a new index, for a bulk load (no refresh, no replica: set after the load). */
    public static ObjectNode body(ObjectMapper json, int shards) {
        try {
            return (ObjectNode) json.readTree(BODY.formatted(shards, VERSION));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index mapping is not valid JSON", e);
        }
    }
}
