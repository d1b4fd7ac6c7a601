package io.omnipim.syndication.meta;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.MappedItem;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.feed.DelimitedWriter;
import io.omnipim.syndication.core.feed.FeedFormat;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.FileFeedType;

/**
 * Meta (Facebook, Instagram) catalog data feeds as CSV: comma-separated, quoted where needed, a header of Meta's
 * field names, plain text only; availability in Meta's words ("in stock"), prices as "9.99 EUR", several image
 * links in one comma-separated cell.
 */
@ApplicationScoped
public class MetaCatalogType implements FileFeedType {

    public static final String TYPE = "meta-catalog";
    private static final String PRICE = "\\d+(\\.\\d{1,2})? [A-Z]{3}";

    private static final Map<String, FieldRule> RULES = Map.ofEntries(
            Map.entry("id", FieldRule.mandatory().withMaxLength(100)),
            Map.entry("title", FieldRule.mandatory().withMaxLength(200)),
            Map.entry("description", FieldRule.mandatory().withMaxLength(9999)),
            Map.entry("availability", FieldRule.mandatory().withAllowed(
                    List.of("in stock", "out of stock", "preorder", "available for order", "discontinued"))),
            Map.entry("condition", FieldRule.mandatory().withAllowed(List.of("new", "refurbished", "used"))),
            Map.entry("price", FieldRule.mandatory().withPattern(PRICE)),
            Map.entry("sale_price", FieldRule.NONE.withPattern(PRICE)),
            Map.entry("link", FieldRule.mandatory().withUrl()),
            Map.entry("image_link", FieldRule.mandatory().withUrl()),
            Map.entry("additional_image_link", FieldRule.NONE.withUrl()),
            Map.entry("brand", FieldRule.mandatory().withMaxLength(100)),
            Map.entry("gtin", FieldRule.NONE.withGtin()), Map.entry("mpn", FieldRule.NONE.withMaxLength(100)),
            Map.entry("item_group_id", FieldRule.NONE.withMaxLength(100)),
            Map.entry("gender", FieldRule.NONE.withAllowed(List.of("female", "male", "unisex"))),
            Map.entry("status", FieldRule.NONE.withAllowed(List.of("active", "archived"))));

    private static final Set<String> KNOWN = Set.of("id", "title", "description", "availability", "condition",
            "price", "link", "image_link", "brand", "additional_image_link", "sale_price", "sale_price_effective_date",
            "item_group_id", "google_product_category", "fb_product_category", "product_type", "gtin", "mpn", "color",
            "size", "gender", "age_group", "material", "pattern", "shipping", "shipping_weight",
            "quantity_to_sell_on_facebook", "inventory", "status", "rich_text_description", "video", "custom_label_0",
            "custom_label_1", "custom_label_2", "custom_label_3", "custom_label_4", "custom_number_0",
            "internal_label", "visibility", "unit_price", "expiration_date");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, FieldRule> rules() {
        return RULES;
    }

    @Override
    public Set<String> knownTargets() {
        return KNOWN;
    }

    @Override
    public List<FeedFormat> formats() {
        return List.of(FeedFormat.CSV);
    }

    @Override
    public FeedWriter open(ConnectorDefinition definition, OutputStream out) throws IOException {
        List<String> columns = new ArrayList<>(definition.targets());
        if (!columns.contains("item_group_id")) {
            columns.add("item_group_id");
        }
        return DelimitedWriter.csv(out, columns, ',', ",");
    }

    @Override
    public MappedItem complete(MappedItem item) {
        if (item.parentId() == null || item.fields().containsKey("item_group_id")) {
            return item;
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>(item.fields());
        fields.put("item_group_id", item.parentId());
        return new MappedItem(item.id(), item.parentId(), fields);
    }
}
