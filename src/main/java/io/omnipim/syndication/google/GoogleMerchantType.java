package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.FeedFormat;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.FileFeedType;

/**
 * Google Merchant Center product feeds, as RSS 2.0 XML with the {@code g:} namespace (default) or TSV, following the
 * product data specification: lengths, supported values and formats of {@link GoogleFields}. Variants carry their
 * {@code item_group_id}; a product with neither GTIN nor MPN says {@code identifier_exists: no}.
 */
@ApplicationScoped
public class GoogleMerchantType implements FileFeedType {

    public static final String TYPE = "google-merchant";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, FieldRule> rules() {
        return GoogleFields.RULES;
    }

    @Override
    public Set<String> knownTargets() {
        return GoogleFields.KNOWN;
    }

    @Override
    public List<FeedFormat> formats() {
        return List.of(FeedFormat.XML, FeedFormat.TSV);
    }

    @Override
    public FeedWriter open(ConnectorDefinition definition, OutputStream out) throws IOException {
        return format(definition) == FeedFormat.TSV
                ? new GoogleTsvWriter(definition, out)
                : new GoogleXmlWriter(definition, out);
    }

    @Override
    public MappedItem complete(MappedItem item) {
        boolean group = item.parentId() != null && !item.fields().containsKey("item_group_id");
        boolean noIdentifier = !item.fields().containsKey("identifier_exists") && !item.fields().containsKey("gtin")
                && !item.fields().containsKey("mpn");
        if (!group && !noIdentifier) {
            return item;
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>(item.fields());
        if (group) {
            fields.put("item_group_id", item.parentId());
        }
        if (noIdentifier) {
            fields.put("identifier_exists", "no");
        }
        return new MappedItem(item.id(), item.parentId(), fields);
    }
}
