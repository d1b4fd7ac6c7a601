package io.omnipim.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.imports.ImportService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;
import io.omnipim.search.index.SearchUnavailable;
import io.omnipim.search.indexer.IndexLag;
import io.omnipim.search.query.FacetValue;
import io.omnipim.search.query.SearchPage;
import io.omnipim.search.query.SearchRequest;
import io.omnipim.search.query.SearchService;
import io.omnipim.ui.connectors.ConnectorPageService;
import io.omnipim.ui.connectors.ConnectorRow;
import io.omnipim.ui.imports.JobPanel;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * The dashboard's figures, counted by the search index (aggregations stay fast at a million products): one
 * request for the catalog size, one per channel and locale for completeness.
 */
@ApplicationScoped
public class DashboardService {

    private static final String PRODUCTS_ONLY = "{\"type\":[{\"operator\":\"IN\",\"value\":[\"product\"]}]}";

    private final SearchService search;
    private final StructureCache structure;
    private final ImportService imports;
    private final IndexLag lag;
    private final ConnectorPageService connectors;

    public DashboardService(SearchService search, StructureCache structure, ImportService imports, IndexLag lag,
            ConnectorPageService connectors) {
        this.search = search;
        this.structure = structure;
        this.imports = imports;
        this.lag = lag;
        this.connectors = connectors;
    }

    public DashboardView view(Shell shell) {
        List<JobPanel> recent = shell.canEdit()
                ? imports.list(1, 5).stream().map(j -> JobPanel.of(j, Texts.of(shell))).toList()
                : List.of();
        List<ConnectorRow> health = connectorHealth(shell);
        try {
            Map<String, List<FacetValue>> types = search.search(new SearchRequest(null, null, null, null, "type", null,
                    1, null)).facets();
            return new DashboardView(shell, count(types.get("type"), "product"),
                    count(types.get("type"), "product_model"), lag.pending(), lag.secondsBehind(), lag.lastError(),
                    completeness(shell), recent, health, false);
        } catch (SearchUnavailable | PimException e) {
            return new DashboardView(shell, 0, 0, lag.pending(), lag.secondsBehind(), lag.lastError(), List.of(),
                    recent, health, true);
        }
    }

    /** Each connector with its last run; a connector whose definition cannot be read is listed as unusable. */
    private List<ConnectorRow> connectorHealth(Shell shell) {
        try {
            return connectors.list(shell);
        } catch (PimException e) {
            return List.of();
        }
    }

    private List<DashboardView.Bar> completeness(Shell shell) {
        CatalogStructure catalog = structure.forRead();
        String labelLocale = ContextChoice.labelLocale(shell);
        List<DashboardView.Bar> bars = new ArrayList<>();
        for (Channel channel : catalog.channels().values()) {
            boolean first = true;
            for (String locale : channel.locales()) {
                SearchPage page = search.search(new SearchRequest(null, locale, channel.code(), PRODUCTS_ONLY,
                        "completeness", null, 1, null));
                List<FacetValue> values = page.facets().get("completeness");
                long complete = count(values, "complete");
                bars.add(new DashboardView.Bar(ContextChoice.label(channel, labelLocale),
                        ContextChoice.localeName(locale, shell.locale()), complete,
                        complete + count(values, "incomplete"), first));
                first = false;
            }
        }
        return bars;
    }

    private static long count(List<FacetValue> values, String code) {
        return values == null
                ? 0
                : values.stream().filter(v -> v.code().equals(code)).mapToLong(FacetValue::count).sum();
    }
}
