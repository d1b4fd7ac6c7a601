package io.omnipim.syndication;

import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.testsupport.ProductDocuments;

/**
 * Five products of {@code import-samples/} as the read door returns them (effective values), for golden feeds: a
 * simple product, a two-level variant on promotion, earbuds whose name arrived with a tab from a spreadsheet, a used
 * laptop below the safety stock, and a tracker with a mistyped GTIN and no image (invalid everywhere).
 */
public final class SampleProducts {

    private SampleProducts() {
    }

    public static List<IndexDocument> all() {
        return List.of(socks(), tshirt(), earbuds(), usedLaptop(), trackerWithMistakes());
    }

    public static IndexDocument socks() {
        return ProductDocuments.product("FLE-SOCK-RUN").family("clothing")
                .categories("clothing_women", "clothing_men", "shoes_running")
                .name("fr_FR", "Chaussettes de running en mérinos").name("de_DE", "Merino-Laufsocken")
                .text("description", "ecommerce", "fr_FR", "<p><strong>Pieds au sec, zéro ampoule.</strong> Une paire"
                        + " de chaussettes techniques en mérinos : maintien de la voûte plantaire, talon et pointe"
                        + " renforcés, naturellement anti-odeurs.</p><ul><li>56 % laine mérinos</li><li>Coutures plates"
                        + " à la pointe</li><li>Taille 39–42</li></ul>")
                .text("description", "marketplaces", "de_DE", "<p>Ein Paar technische Merinosocken: Kompressionszone"
                        + " am Fußgewölbe, verstärkte Ferse und Spitze, von Natur aus geruchshemmend.</p><ul><li>56 %"
                        + " Merinowolle</li><li>Flache Zehennähte</li><li>Größe 39–42</li></ul>")
                .text("brand", "foulee").text("color", "black").text("material", "merino_wool")
                .image("3/1/f/a/31fa5c_foulee-running-socks-black.png").price("price", "EUR", "14.90", "USD", "16.90")
                .text("stock_quantity", "140").text("availability", "in_stock").text("delivery_delay_days", "2")
                .text("condition", "new").text("gtin", "3760289000173").text("mpn", "SOCK-RUN")
                .metric("weight", "0.04", "KILOGRAM").build();
    }

    /** Size M of the white Essential T-shirt: values from the product, its colour model and its root model. */
    public static IndexDocument tshirt() {
        return ProductDocuments.product("MLR-TSE-WHT-M").family("clothing")
                .variantOf("tshirt_essential_white", "tshirt_essential").categories("clothing_women", "clothing_men")
                .name("fr_FR", "T-shirt Essentiel en coton bio").name("de_DE", "Essential T-Shirt aus Bio-Baumwolle")
                .text("description", "ecommerce", "fr_FR", "<p><strong>Le basique qui dure.</strong> Tricoté au"
                        + " Portugal dans un jersey de coton biologique de 180 g/m², ce t-shirt garde sa forme lavage"
                        + " après lavage. Coupe « regular » ; col rond finition bord-côte.</p>\n<ul><li>100 % coton"
                        + " biologique certifié GOTS</li><li>Coutures d'épaules renforcées</li><li>Étiquette imprimée,"
                        + " rien ne gratte</li></ul>")
                .text("description", "marketplaces", "de_DE", "<p>In Portugal aus 180 g/m² schwerem"
                        + " Bio-Baumwolljersey gestrickt, behält dieses T-Shirt Wäsche für Wäsche seine Form."
                        + " „Regular“-Schnitt; gerippter Rundhalsausschnitt.</p><ul><li>100 % GOTS-zertifizierte"
                        + " Bio-Baumwolle</li><li>Verstärkte Schulternähte</li><li>Aufgedrucktes Etikett – nichts"
                        + " kratzt</li></ul>")
                .text("brand", "maison_lerac").text("material", "organic_cotton").text("gender", "unisex")
                .text("color", "white").image("9/c/0/2/9c02ab_tshirt-essential-white.png").text("size", "m")
                .price("price", "EUR", "29.90", "USD", "32.90").price("sale_price", "EUR", "22.90", "USD", "24.90")
                .text("sale_start_date", "2025-06-25").text("sale_end_date", "2025-07-22")
                .text("stock_quantity", "5").text("availability", "in_stock").text("delivery_delay_days", "3")
                .text("condition", "new").text("gtin", "3770015000315").text("mpn", "TSE-WHTM")
                .metric("weight", "0.17", "KILOGRAM").build();
    }

    /** The French name was pasted from a spreadsheet with a tab inside. */
    public static IndexDocument earbuds() {
        return ProductDocuments.product("KLW-BUDS-SPORT").family("electronics_audio")
                .categories("headphones", "shoes_running")
                .name("fr_FR", "Écouteurs sport\tKlangwerk Sprint").name("de_DE", "Klangwerk Sprint Sport-Ohrhörer")
                .text("description", "ecommerce", "fr_FR", "<p><strong>Ils ne tombent pas. Promis.</strong> Crochets"
                        + " d'oreille souples, protection IP67 et 7 h 30 d'autonomie : pensés pour le fractionné, le"
                        + " trail et la pluie. Le mode « Ambiance » laisse entendre la circulation.</p>\n<ul><li>Étanches"
                        + " IP67</li><li>Crochets d'oreille</li><li>Mode Ambiance</li></ul>")
                .text("description", "marketplaces", "de_DE", "<p>Flexible Ohrbügel, IP67-Schutz und 7,5 Stunden Akku:"
                        + " gemacht für Intervalle, Trails und Regen. Der „Ambient“-Modus lässt den Verkehr hören.</p>"
                        + "<ul><li>IP67 staub- und wasserdicht</li><li>Ohrbügel</li><li>Ambient-Modus</li></ul>")
                .text("brand", "klangwerk").text("color", "red").image("5/e/7/d/5e7d11_klangwerk-sprint-red.png")
                .price("price", "EUR", "89.99", "USD", "99.99").price("sale_price", "EUR", "69.99", "USD", "79.99")
                .text("sale_start_date", "2025-11-28").text("sale_end_date", "2025-12-01")
                .text("stock_quantity", "26").text("availability", "in_stock").text("delivery_delay_days", "1")
                .text("condition", "new").text("gtin", "4068217000240").text("mpn", "BUDS-SPORT").build();
    }

    /** One left, under the safety stock of 2: out of stock for the channels; 13" in its name (a quote for CSV). */
    public static IndexDocument usedLaptop() {
        return ProductDocuments.product("ORB-AIR13-256-USED").family("electronics_computer").categories("laptops")
                .name("fr_FR", "Orbiton Air 13\" – 256 Go, occasion très bon état")
                .name("de_DE", "Orbiton Air 13\" – 256 GB, gebraucht, sehr guter Zustand")
                .text("description", "ecommerce", "fr_FR", "<p><strong>Contrôlé, nettoyé, garanti.</strong> La"
                        + " génération précédente de l'Air, contrôlée sur 30 points par notre atelier lyonnais."
                        + " Légères traces sur le capot ; écran et clavier impeccables. Santé de la batterie"
                        + " supérieure à 85 %.</p><ul><li>Contrôle en 30 points</li><li>Batterie &gt; 85 %</li>"
                        + "<li>Garantie 12 mois</li></ul>")
                .text("description", "marketplaces", "de_DE", "<p>Die vorige Air-Generation, von unserer Werkstatt in"
                        + " Lyon in 30 Punkten geprüft. Leichte Spuren auf dem Deckel; Display und Tastatur makellos."
                        + " Akkuzustand über 85 %.</p><ul><li>30-Punkte-Prüfung</li><li>Akku &gt; 85 %</li>"
                        + "<li>12 Monate Garantie</li></ul>")
                .text("brand", "orbiton").text("color", "silver").image("0/b/4/4/0b44e2_orbiton-air-13-used.png")
                .price("price", "EUR", "649.00", "USD", "699.00").text("stock_quantity", "1")
                .text("availability", "in_stock").text("delivery_delay_days", "3").text("condition", "used")
                .text("gtin", "8721953000313").text("mpn", "AIR13-256-2022").build();
    }

    /** A check digit typed wrong (…314 for …313) and no image yet. */
    public static IndexDocument trackerWithMistakes() {
        return ProductDocuments.product("PXL-FIT-LITE").family("electronics_wearable").categories("smartwatches")
                .name("fr_FR", "Bracelet d'activité Pixelune Fit Lite")
                .name("de_DE", "Pixelune Fit Lite Fitness-Tracker")
                .text("description", "ecommerce", "fr_FR", "<p><strong>Deux semaines, une seule charge.</strong> Pas,"
                        + " sommeil, fréquence cardiaque et 20 modes sportifs dans un bracelet de 24 g.</p>")
                .text("description", "marketplaces", "de_DE", "<p>Schritte, Schlaf, Herzfrequenz und 20 Sportmodi in"
                        + " einem 24 g leichten Tracker.</p>")
                .text("brand", "pixelune").text("color", "pink").price("price", "EUR", "59.90")
                .text("stock_quantity", "88").text("availability", "in_stock").text("delivery_delay_days", "1")
                .text("condition", "new").text("gtin", "3664118000314").text("mpn", "FIT-LITE").build();
    }
}
