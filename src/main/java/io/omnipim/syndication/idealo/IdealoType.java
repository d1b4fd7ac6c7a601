package io.omnipim.syndication.idealo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.feed.DelimitedWriter;
import io.omnipim.syndication.core.feed.FeedFormat;
import io.omnipim.syndication.core.feed.FeedWriter;
import io.omnipim.syndication.core.feed.FileFeedType;

/**
 * idealo's CSV offer feed (the price comparator fetches it every 30 minutes or so): sku, title, brand,
 * categoryPath, url, eans, price without currency ("499.99"), deliveryTime, one {@code deliveryCosts_<method>} and
 * {@code paymentCosts_<method>} column per method… Delimiter {@code ,} by default ({@code delivery.delimiter}:
 * {@code ;}, {@code |} or {@code tab}); several EANs or image URLs in one cell are separated by {@code ;}.
 */
@ApplicationScoped
public class IdealoType implements FileFeedType {

    public static final String TYPE = "idealo";
    private static final String AMOUNT = "\\d+(\\.\\d{1,2})?";
    private static final Map<String, String> DELIMITERS = Map.of(",", ",", ";", ";", "|", "|", "tab", "\t");

    private static final Map<String, FieldRule> RULES = Map.ofEntries(
            Map.entry("sku", FieldRule.mandatory().withMaxLength(100)),
            Map.entry("title", FieldRule.mandatory().withMaxLength(255)),
            Map.entry("price", FieldRule.mandatory().withPattern(AMOUNT)),
            Map.entry("url", FieldRule.mandatory().withUrl().withMaxLength(1000)),
            Map.entry("deliveryTime", FieldRule.mandatory().withMaxLength(100)),
            Map.entry("brand", FieldRule.NONE.withMaxLength(100)), Map.entry("eans", FieldRule.NONE.withGtin()),
            Map.entry("formerPrice", FieldRule.NONE.withPattern(AMOUNT)),
            Map.entry("description", FieldRule.NONE.withMaxLength(1000)),
            Map.entry("imageUrls", FieldRule.NONE.withUrl()));

    private static final Set<String> KNOWN = Set.of("sku", "title", "brand", "categoryPath", "url", "eans", "hans",
            "description", "price", "formerPrice", "basePrice", "packagingUnit", "deliveryTime", "imageUrls",
            "merchantName", "merchantId", "colour", "size", "gender", "material", "used", "checkout",
            "fulfillmentType", "maxOrderProcessingTime", "freeReturnDays", "energyEfficiencyClass", "voucherCode",
            "deposit", "disposalFee", "minimumPrice", "twoManHandlingFee");

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

    /** Besides the known columns, one cost column per delivery or payment method: deliveryCosts_dhl… */
    @Override
    public boolean acceptsTarget(String target) {
        return KNOWN.contains(target) || target.matches("(deliveryCosts|paymentCosts)_[A-Za-z0-9_]+");
    }

    @Override
    public List<FeedFormat> formats() {
        return List.of(FeedFormat.CSV);
    }

    @Override
    public FeedWriter open(ConnectorDefinition definition, OutputStream out) throws IOException {
        char delimiter = DELIMITERS.getOrDefault(definition.deliverySetting("delimiter", ","), ",").charAt(0);
        return DelimitedWriter.csv(out, definition.targets(), delimiter, ";");
    }

    @Override
    public List<DefinitionProblem> checkDelivery(ConnectorDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>(FileFeedType.super.checkDelivery(definition));
        String delimiter = definition.deliverySetting("delimiter", ",");
        if (!DELIMITERS.containsKey(delimiter)) {
            problems.add(new DefinitionProblem("delivery.delimiter",
                    "\"" + delimiter + "\" is not a delimiter idealo reads; use , ; | or tab"));
        }
        return problems;
    }
}
