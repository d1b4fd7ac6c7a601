package io.omnipim.syndication.google;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.DelimitedWriter;
import io.omnipim.syndication.core.feed.FeedWriter;

/**
 * Google's tab-delimited text feed: one column per mapped field, repeated values joined with commas, and the
 * {@code shipping.*} fields as one column {@code shipping(country:price:…)} whose cells join the sub-values with
 * ':', as the specification's text format writes them.
 */
final class GoogleTsvWriter implements FeedWriter {

    private final DelimitedWriter tsv;
    private final List<String> shipping = new ArrayList<>();
    private final String shippingColumn;

    GoogleTsvWriter(ConnectorDefinition definition, OutputStream out) throws IOException {
        List<String> columns = new ArrayList<>();
        for (String target : definition.targets()) {
            if (target.startsWith("shipping.")) {
                shipping.add(target.substring("shipping.".length()));
            } else {
                columns.add(target);
            }
        }
        shippingColumn = shipping.isEmpty() ? null : "shipping(" + String.join(":", shipping) + ")";
        if (shippingColumn != null) {
            columns.add(shippingColumn);
        }
        // items derive these two when needed (GoogleMerchantType#complete), so they always have a column
        for (String derived : List.of("item_group_id", "identifier_exists")) {
            if (!columns.contains(derived)) {
                columns.add(derived);
            }
        }
        this.tsv = DelimitedWriter.tsv(out, columns, ",");
    }

    @Override
    public void write(MappedItem item) throws IOException {
        if (shippingColumn == null) {
            tsv.write(item);
            return;
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>(item.fields());
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (String sub : shipping) {
            Object value = fields.remove("shipping." + sub);
            any |= value != null;
            parts.add(value == null ? "" : value.toString());
        }
        if (any) {
            fields.put(shippingColumn, String.join(":", parts));
        }
        tsv.write(new MappedItem(item.id(), item.parentId(), fields));
    }

    @Override
    public void finish() throws IOException {
        tsv.finish();
    }
}
