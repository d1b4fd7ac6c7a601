package io.omnipim.syndication.core.connector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.CatalogSelection;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.platform.errors.PimException;
import io.omnipim.syndication.core.PayloadHash;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.mapping.ItemMapper;

/** What a connector would send for one product now, and what would keep it out: nothing is sent or stored. */
@ApplicationScoped
public class ConnectorPreview {

    private final ConnectorService connectors;
    private final CatalogReader catalog;
    private final CatalogSelection selection;

    public ConnectorPreview(ConnectorService connectors, CatalogReader catalog, CatalogSelection selection) {
        this.connectors = connectors;
        this.catalog = catalog;
        this.selection = selection;
    }

    /**
     * One product's mapped output.
     *
     * @param selected whether the connector's selection includes the product (a run sends only selected ones)
     * @param valid whether it passes the channel's and the connector's rules
     * @param fields the channel's fields in the connector's order
     * @param payloadHash what a delta compares with the last delivery
     */
    public record Preview(String connector, String identifier, boolean selected, boolean valid, String itemGroupId,
            LinkedHashMap<String, Object> fields, List<Issue> issues, String payloadHash) {
    }

    /** One problem of the product, at its target field. */
    public record Issue(String field, String message) {
    }

    public Preview preview(String code, String identifier) {
        ConnectorDefinitions.Checked checked = connectors.usable(code);
        ConnectorDefinition definition = checked.definition();
        IndexDocument document = catalog.product(identifier)
                .orElseThrow(() -> PimException.notFound("Product \"" + identifier + "\" does not exist."));
        ItemMapper.Mapping mapping = new ItemMapper(catalog.structure(), definition, checked.type()).map(document);
        UUID uuid = UUID.fromString(document.id());
        boolean selected = selection.matching(definition.selectionJson(), definition.locale(), definition.channel(),
                List.of(uuid)).contains(uuid);
        List<Issue> issues = mapping.issues().stream().map(i -> new Issue(i.field(), i.message())).toList();
        return new Preview(code, identifier, selected, mapping.valid(), mapping.item().parentId(),
                mapping.item().fields(), issues, PayloadHash.of(mapping.item()));
    }
}
