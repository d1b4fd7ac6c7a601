package io.omnipim.catalog.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.AttributeGroupKind;
import io.omnipim.catalog.structure.attribute.AttributeKind;
import io.omnipim.catalog.structure.attribute.AttributeOptionService;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.errors.PimException;
import io.quarkus.runtime.StartupEvent;

/**
 * The offer attributes every catalog has, so that every connector maps price, stock and promotion the same way.
 * Created at start when missing, in the attribute group {@code offer}; an attribute that already exists is never
 * changed (its owner may have tuned labels or validation), and neither are its options.
 *
 * <table>
 * <caption>Standard offer attributes (none localizable or scopable)</caption>
 * <tr><th>code</th><th>type</th><th>notes</th></tr>
 * <tr><td>price</td><td>pim_catalog_price_collection</td><td>decimals allowed, not negative</td></tr>
 * <tr><td>sale_price</td><td>pim_catalog_price_collection</td><td>promotional price</td></tr>
 * <tr><td>sale_start_date</td><td>pim_catalog_date</td><td>first day of the promotion</td></tr>
 * <tr><td>sale_end_date</td><td>pim_catalog_date</td><td>last day of the promotion</td></tr>
 * <tr><td>stock_quantity</td><td>pim_catalog_number</td><td>integer, not negative</td></tr>
 * <tr><td>availability</td><td>pim_catalog_simpleselect</td><td>in_stock, out_of_stock, preorder, backorder</td></tr>
 * <tr><td>delivery_delay_days</td><td>pim_catalog_number</td><td>integer, not negative</td></tr>
 * <tr><td>condition</td><td>pim_catalog_simpleselect</td><td>new, refurbished, used</td></tr>
 * <tr><td>brand</td><td>pim_catalog_simpleselect</td><td>one option per brand (none created here)</td></tr>
 * <tr><td>gtin</td><td>pim_catalog_text</td><td>unique, validation rule gtin (EAN-13, UPC…), 14 characters</td></tr>
 * <tr><td>mpn</td><td>pim_catalog_text</td><td>manufacturer part number, 70 characters</td></tr>
 * </table>
 */
@ApplicationScoped
public class OfferAttributes {

    public static final String GROUP = "offer";

    private static final Logger LOG = Logger.getLogger(OfferAttributes.class);

    private final StructureService structure;
    private final AttributeGroupKind groups;
    private final AttributeKind attributes;
    private final AttributeOptionService options;
    private final ObjectMapper json;

    public OfferAttributes(StructureService structure, AttributeGroupKind groups, AttributeKind attributes,
            AttributeOptionService options, ObjectMapper json) {
        this.structure = structure;
        this.groups = groups;
        this.attributes = attributes;
        this.options = options;
        this.json = json;
    }

    /** After {@link FreshInstall} (priority 10), before the sample catalog loads (20). */
    void onStart(@Observes @Priority(11) StartupEvent event) {
        ensure();
    }

    /**
     * Creates the group, attributes and options that are missing; returns the codes of the attributes created. Each
     * object is written in a transaction of its own, as an import would: the structure cache only sees committed
     * objects, and an attribute must find its group, an option its attribute. Nodes starting together may both
     * create one: the writes are identical upserts.
     */
    public List<String> ensure() {
        if (structure.find(groups, GROUP).isEmpty()) {
            structure.upsert(groups, GROUP,
                    body(Map.of("sort_order", 3, "labels", labels("Offer", "Offre", "Angebot"))));
        }
        List<String> created = new ArrayList<>();
        for (OfferAttribute a : OfferAttribute.ALL) {
            if (structure.find(attributes, a.code()).isPresent()) {
                continue;
            }
            try {
                structure.upsert(attributes, a.code(), body(a.body()));
                a.options().forEach((code, labels) -> options.upsert(a.code(), code,
                        body(Map.of("sort_order", a.sortOf(code), "labels", labels)), false));
                created.add(a.code());
            } catch (PimException e) {
                LOG.warnf("offer attribute %s not created: %s %s", a.code(), e.getMessage(), e.errors());
            }
        }
        if (!created.isEmpty()) {
            LOG.infof("offer attributes created: %s", String.join(", ", created));
        }
        return created;
    }

    private ObjectNode body(Map<String, ?> fields) {
        return json.valueToTree(fields);
    }

    static Map<String, String> labels(String en, String fr, String de) {
        return Map.of("en_US", en, "fr_FR", fr, "de_DE", de);
    }
}
