package io.omnipim.syndication.core.mapping;

import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.syndication.core.ItemIssue;
import io.omnipim.syndication.core.definition.ConnectorDefinition;

/** What mapping one product needs: the product, the structure, the connector, and where its issues go. */
record MappingContext(IndexDocument document, ReadStructure structure, ConnectorDefinition definition,
        List<ItemIssue> issues) {

    String locale() {
        return definition.locale();
    }

    void issue(String field, String message) {
        issues.add(new ItemIssue(document.identifier(), field, message));
    }

    /** The root product model: the item group all variants of one product share. */
    String itemGroup() {
        List<String> ancestors = document.ancestors();
        return ancestors == null || ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    }
}
