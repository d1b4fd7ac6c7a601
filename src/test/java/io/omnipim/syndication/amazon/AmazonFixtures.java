package io.omnipim.syndication.amazon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listings from the sample catalog (import-samples/products.csv) as the amazon.fr / amazon.de connectors map them. */
final class AmazonFixtures {

    static final String SELLER = "A2EUQ1WTGCTBG2";
    static final ListingTarget FRANCE = new ListingTarget(SELLER, ListingTarget.AMAZON_FR, "fr_FR", "EUR");
    static final ListingTarget GERMANY = new ListingTarget(SELLER, ListingTarget.AMAZON_DE, "de_DE", "EUR");

    private AmazonFixtures() {
    }

    /** On sale during Black Friday. */
    static AmazonListing sprintEarbuds() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Écouteurs sport Klangwerk Sprint");
        fields.put("brand", "Klangwerk");
        fields.put("externally_assigned_product_identifier", "4068217000240");
        fields.put("condition_type", "new_new");
        fields.put("bullet_point", List.of("Tiennent en place pendant l'effort grâce aux ailettes souples",
                "Résistants à la sueur et à la pluie (IPX5)", "8 h d'autonomie, 24 h avec l'étui"));
        fields.put("product_description", "Des écouteurs pensés pour courir : légers, stables et clairs.");
        fields.put("model_name", "Sprint");
        fields.put("part_number", "BUDS-SPORT");
        fields.put("main_product_image_locator", "https://media.omnipim.example/klangwerk-sprint-red.png");
        fields.put("our_price", "89.99");
        fields.put("discounted_price", "69.99");
        fields.put("discounted_price_start_at", "2025-11-28");
        fields.put("discounted_price_end_at", "2025-12-01");
        fields.put("quantity", "26");
        fields.put("lead_time_to_ship_max_days", "1");
        return new AmazonListing("KLW-BUDS-SPORT", "HEADPHONES", OperationKind.UPDATE, fields);
    }

    static AmazonListing runningSocks() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Chaussettes de running en mérinos");
        fields.put("brand", "Foulée");
        fields.put("externally_assigned_product_identifier", "3760289000173");
        fields.put("condition_type", "new_new");
        fields.put("bullet_point", List.of("Zones de compression sous la voûte plantaire",
                "Talon et pointe renforcés", "Mérinos naturellement anti-odeurs"));
        fields.put("material", "Laine mérinos");
        fields.put("other_product_image_locator",
                List.of("https://media.omnipim.example/foulee-running-socks-black-side.png",
                        "https://media.omnipim.example/foulee-running-socks-black-pack.png"));
        fields.put("our_price", "14.90 EUR");
        fields.put("quantity", 140);
        fields.put("lead_time_to_ship_max_days", 2);
        return new AmazonListing("FLE-SOCK-RUN", "SOCKS", OperationKind.UPDATE, fields);
    }

    /** Only the stock changed (sold out): an offer-only update, even though the mapping has every field. */
    static AmazonListing silverWatchSoldOut() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Montre connectée Pixelune Watch 2 – argent");
        fields.put("brand", "Pixelune");
        fields.put("externally_assigned_product_identifier", "3664118000245");
        fields.put("our_price", "279.00");
        fields.put("quantity", "0");
        fields.put("lead_time_to_ship_max_days", "1");
        return new AmazonListing("PXL-WATCH2-SLV", "WATCH", OperationKind.PARTIAL_UPDATE, fields);
    }

    /** The used laptop was sold: it leaves the selection. */
    static AmazonListing usedLaptopRemoved() {
        return AmazonListing.delete("ORB-AIR13-256-USED");
    }

    static AmazonListing lambswoolScarfInGerman() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Großer Lammwollschal");
        fields.put("brand", "Maison Lérac");
        fields.put("externally_assigned_product_identifier", "3770015000179");
        fields.put("bullet_point", List.of("Weiche Lammwolle aus Schottland", "200 × 70 cm, mit Fransen"));
        fields.put("our_price", "59.00");
        fields.put("quantity", 17);
        return new AmazonListing("MLR-SCF-WOOL", "SCARF", OperationKind.UPDATE, fields);
    }

    /** A T-shirt variant whose brand the mapping did not find (it lives on the product model). */
    static AmazonListing tshirtWithoutBrand() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "T-shirt Essentiel en coton bio – blanc, M");
        fields.put("externally_assigned_product_identifier", "3770015000315");
        fields.put("bullet_point", List.of("100 % coton biologique certifié GOTS"));
        fields.put("our_price", "29.90");
        fields.put("quantity", 5);
        return new AmazonListing("MLR-TSE-WHT-M", "SHIRT", OperationKind.UPDATE, fields);
    }

    /** Gloves whose EAN was typed with a wrong check digit. */
    static AmazonListing glovesWithBadEan() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Gants tactiles en laine – marine");
        fields.put("brand", "Nordhavn");
        fields.put("externally_assigned_product_identifier", "7072104001577");
        fields.put("bullet_point", List.of("Bouts des doigts compatibles écrans tactiles"));
        fields.put("our_price", "39.00");
        fields.put("quantity", 25);
        return new AmazonListing("NRD-GLOVES-NVY", "GLOVES", OperationKind.UPDATE, fields);
    }

    /** Earbuds whose EAN Amazon already knows under another brand spelling. */
    static AmazonListing ancEarbuds() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("item_name", "Écouteurs sans fil Klangwerk Pure ANC");
        fields.put("brand", "Klangwerk");
        fields.put("externally_assigned_product_identifier", "4068217000172");
        fields.put("our_price", "149.99");
        fields.put("quantity", 42);
        return new AmazonListing("KLW-BUDS-ANC", "HEADPHONES", OperationKind.UPDATE, fields);
    }
}
