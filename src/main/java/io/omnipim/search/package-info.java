/**
 * Search: an Elasticsearch read model of products and product models, fed from the catalog's outbox.
 *
 * <h2>Index</h2> Alias {@code pim_catalog} (config {@code pim.search.index}) over {@code pim_catalog_v<n>}; the
 * mapping ({@link io.omnipim.search.index.IndexMapping}) gives each attribute × scope × locale value a flat typed
 * field made by templates ({@link io.omnipim.search.index.ValueFields}), so a product is one Lucene document; words
 * are keyword arrays prefixed by locale, and case and accents are folded in Java, so it runs on the bare
 * Elasticsearch distribution (no analysis-common module).
 *
 * <h2>Keeping it in step</h2> {@link io.omnipim.search.indexer.SearchIndexer} follows the outbox (consumer
 * {@code search-indexer}) every second on one node at a time; writes carry the catalog version
 * ({@code external_gte}), so an older version never overwrites a newer document. Elasticsearch down: catalog writes
 * go on, events wait, the indexer retries with a growing pause. Structure changes: see
 * {@link io.omnipim.search.indexer.ChangeApplier}. Lag: gauge {@code pim_search_index_lag_events}, and
 * {@code search-index} in {@code /q/health/ready}.
 *
 * <h2>Rebuild and consistency</h2> {@code POST /api/rest/v1/search/reindex} (admin), and automatically when the
 * alias is missing or its mapping version is old, or a channel changed: see
 * {@link io.omnipim.search.rebuild.IndexRebuild}. {@code GET /api/rest/v1/search/consistency[?repair=true]}
 * (admin), and nightly ({@code pim.search.consistency-cron}): see
 * {@link io.omnipim.search.consistency.ConsistencyCheck}.
 *
 * <h2>Search API</h2> {@code GET /api/rest/v1/search/products} (viewer) with {@code q}, {@code locale},
 * {@code scope}, {@code search}, {@code facets}, {@code sort}, {@code limit} (1–100, default 25) and
 * {@code search_after}. Filters supported in {@code search} (Akeneo's syntax and operators):
 * <ul>
 * <li>{@code family}, {@code groups}, {@code type} (product, product_model): IN, NOT IN, EMPTY, NOT EMPTY;
 * <li>{@code categories}: IN, NOT IN, IN CHILDREN, NOT IN CHILDREN, UNCLASSIFIED, IN OR UNCLASSIFIED;
 * <li>{@code enabled}: =, !=;
 * <li>{@code completeness} (scope, locale or locales): =, !=, &lt;, &lt;=, &gt;, &gt;=, and the four
 * {@code … ON ALL LOCALES};
 * <li>{@code identifier}: =, !=, IN, NOT IN, STARTS WITH, CONTAINS, DOES NOT CONTAIN; {@code uuid}: IN, NOT IN;
 * {@code parent}: = (direct parent), IN (any ancestor model), EMPTY, NOT EMPTY;
 * <li>{@code created}, {@code updated}: =, !=, &lt;, &gt;, BETWEEN, NOT BETWEEN, SINCE LAST N DAYS, EMPTY, NOT
 * EMPTY;
 * <li>text and identifier attributes: =, !=, IN, NOT IN, STARTS WITH, ENDS WITH, CONTAINS, DOES NOT CONTAIN, EMPTY,
 * NOT EMPTY (case- and accent-insensitive); textarea: =, CONTAINS, STARTS WITH (words), EMPTY, NOT EMPTY;
 * <li>number, metric ({@code {amount, unit}}, compared in the standard unit), price ({@code {amount, currency}}):
 * =, !=, &lt;, &lt;=, &gt;, &gt;=, EMPTY, NOT EMPTY;
 * <li>date: =, !=, &lt;, &gt;, BETWEEN, NOT BETWEEN, EMPTY, NOT EMPTY; boolean: =, !=;
 * <li>simple and multi select: IN, NOT IN, EMPTY, NOT EMPTY. Media: EMPTY, NOT EMPTY.
 * </ul>
 * Not supported: ENDS WITH on identifier, the {@code AT LEAST COMPLETE}/{@code ALL COMPLETE} model operators,
 * table and reference data attributes. Facets: {@code family}, {@code categories}, {@code enabled},
 * {@code completeness} (complete / incomplete in the scope and locale), {@code type}, and select or boolean
 * attribute codes.
 */
package io.omnipim.search;
