package io.omnipim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "master" category tree: master > family root > department > leaf, 61 categories in all. */
final class Taxonomy {

    static final Taxonomy MASTER = new Taxonomy();

    private final List<Category> all = new ArrayList<>();
    /** Looked up once per product, so computed once. */
    private final Map<String, List<Category>> leavesByFamily = new HashMap<>();

    private Taxonomy() {
        all.add(new Category("master", "", Label.of("Master catalog|Catalogue principal|Hauptkatalog"), null));
        clothing();
        shoes();
        electronics();
        for (Category category : all) {
            if (category.isLeaf()) {
                leavesByFamily.computeIfAbsent(category.family(), family -> new ArrayList<>()).add(category);
            }
        }
    }

    List<Category> all() {
        return Collections.unmodifiableList(all);
    }

    List<Category> leaves(String family) {
        return Collections.unmodifiableList(leavesByFamily.getOrDefault(family, List.of()));
    }

    private void clothing() {
        node("master", "clothing", "Clothing|Vêtements|Kleidung");
        node("clothing", "men", "Men|Hommes|Herren");
        leaf("clothing_men", "shirts", "Shirts|Chemises|Hemden", "Shirt|Chemise:f|Hemd:n");
        leaf("clothing_men", "trousers", "Trousers|Pantalons|Hosen", "Trousers|Pantalon:m|Hose:f");
        leaf("clothing_men", "jackets", "Jackets|Vestes|Jacken", "Jacket|Veste:f|Jacke:f");
        leaf("clothing_men", "knitwear", "Knitwear|Pulls|Strickwaren", "Sweater|Pull:m|Pullover:m");
        node("clothing", "women", "Women|Femmes|Damen");
        leaf("clothing_women", "dresses", "Dresses|Robes|Kleider", "Dress|Robe:f|Kleid:n");
        leaf("clothing_women", "tops", "Tops & blouses|Hauts & chemisiers|Tops & Blusen", "Blouse|Chemisier:m|Bluse:f");
        leaf("clothing_women", "skirts", "Skirts|Jupes|Röcke", "Skirt|Jupe:f|Rock:m");
        leaf("clothing_women", "coats", "Coats|Manteaux|Mäntel", "Coat|Manteau:m|Mantel:m");
        node("clothing", "kids", "Kids|Enfants|Kinder");
        leaf("clothing_kids", "tshirts", "T-shirts|T-shirts|T-Shirts", "T-Shirt|T-shirt:m|T-Shirt:n");
        leaf("clothing_kids", "joggers", "Joggers|Joggings|Jogginghosen", "Joggers|Jogging:m|Jogginghose:f");
        leaf("clothing_kids", "outerwear", "Outerwear|Vêtements d'extérieur|Oberbekleidung", "Parka|Parka:f|Parka:m");
        node("clothing", "sport", "Sportswear|Vêtements de sport|Sportbekleidung");
        leaf("clothing_sport", "running", "Running|Course à pied|Laufen",
                "Running Top|Maillot de course:m|Laufshirt:n");
        leaf("clothing_sport", "yoga", "Yoga|Yoga|Yoga", "Yoga Leggings|Legging de yoga:m|Yogaleggings:p");
        leaf("clothing_sport", "outdoor", "Outdoor|Randonnée|Outdoor",
                "Softshell Jacket|Veste softshell:f|Softshelljacke:f");
        node("clothing", "accessories", "Accessories|Accessoires|Accessoires");
        leaf("clothing_accessories", "scarves", "Scarves|Écharpes|Schals", "Scarf|Écharpe:f|Schal:m");
        leaf("clothing_accessories", "hats", "Hats & beanies|Bonnets & chapeaux|Mützen & Hüte",
                "Beanie|Bonnet:m|Mütze:f");
    }

    private void shoes() {
        node("master", "shoes", "Shoes|Chaussures|Schuhe");
        node("shoes", "men", "Men|Hommes|Herren");
        leaf("shoes_men", "sneakers", "Sneakers|Baskets|Sneaker", "Sneakers|Baskets:fp|Sneaker:p");
        leaf("shoes_men", "boots", "Boots|Bottes|Stiefel", "Boots|Boots:fp|Stiefel:p");
        leaf("shoes_men", "formal", "Formal shoes|Chaussures de ville|Businessschuhe",
                "Derby Shoes|Derbies:mp|Schnürschuhe:p");
        node("shoes", "women", "Women|Femmes|Damen");
        leaf("shoes_women", "sneakers", "Sneakers|Baskets|Sneaker", "Trainers|Baskets:fp|Turnschuhe:p");
        leaf("shoes_women", "boots", "Boots|Bottes|Stiefel", "Ankle Boots|Bottines:fp|Stiefeletten:p");
        leaf("shoes_women", "sandals", "Sandals|Sandales|Sandalen", "Sandals|Sandales:fp|Sandalen:p");
        leaf("shoes_women", "heels", "Heels|Escarpins|Pumps", "Pumps|Escarpins:mp|Pumps:p");
        node("shoes", "kids", "Kids|Enfants|Kinder");
        leaf("shoes_kids", "sneakers", "Sneakers|Baskets|Sneaker", "Kids' Sneakers|Baskets enfant:fp|Kindersneaker:p");
        leaf("shoes_kids", "school", "School shoes|Chaussures d'école|Schulschuhe",
                "School Shoes|Chaussures d'école:fp|Schulschuhe:p");
        node("shoes", "sport", "Sport shoes|Chaussures de sport|Sportschuhe");
        leaf("shoes_sport", "running", "Running|Course à pied|Laufen",
                "Running Shoes|Chaussures de running:fp|Laufschuhe:p");
        leaf("shoes_sport", "hiking", "Hiking|Randonnée|Wandern",
                "Hiking Shoes|Chaussures de randonnée:fp|Wanderschuhe:p");
        leaf("shoes_sport", "football", "Football|Football|Fußball",
                "Football Boots|Chaussures de football:fp|Fußballschuhe:p");
    }

    private void electronics() {
        node("master", "electronics", "Electronics|Électronique|Elektronik");
        node("electronics", "audio", "Audio|Audio|Audio");
        leaf("electronics_audio", "headphones", "Headphones|Casques audio|Kopfhörer",
                "Headphones|Casque audio:m|Kopfhörer:m");
        leaf("electronics_audio", "earbuds", "Earbuds|Écouteurs|Ohrhörer", "Earbuds|Écouteurs:mp|Ohrhörer:p");
        leaf("electronics_audio", "speakers", "Speakers|Enceintes|Lautsprecher", "Speaker|Enceinte:f|Lautsprecher:m");
        node("electronics", "computing", "Computing|Informatique|Computer");
        leaf("electronics_computing", "laptops", "Laptops|Ordinateurs portables|Laptops",
                "Laptop|Ordinateur portable:m|Laptop:m");
        leaf("electronics_computing", "tablets", "Tablets|Tablettes|Tablets", "Tablet|Tablette:f|Tablet:n");
        leaf("electronics_computing", "monitors", "Monitors|Écrans|Monitore", "Monitor|Écran:m|Monitor:m");
        leaf("electronics_computing", "keyboards", "Keyboards & mice|Claviers & souris|Tastaturen & Mäuse",
                "Keyboard|Clavier:m|Tastatur:f");
        node("electronics", "phones", "Phones|Téléphonie|Telefone");
        leaf("electronics_phones", "smartphones", "Smartphones|Smartphones|Smartphones",
                "Smartphone|Smartphone:m|Smartphone:n");
        leaf("electronics_phones", "cases", "Cases|Coques|Hüllen", "Phone Case|Coque:f|Handyhülle:f");
        leaf("electronics_phones", "chargers", "Chargers|Chargeurs|Ladegeräte", "Charger|Chargeur:m|Ladegerät:n");
        node("electronics", "tv", "TV & video|TV & vidéo|TV & Video");
        leaf("electronics_tv", "televisions", "Televisions|Téléviseurs|Fernseher",
                "Television|Téléviseur:m|Fernseher:m");
        leaf("electronics_tv", "projectors", "Projectors|Vidéoprojecteurs|Beamer",
                "Projector|Vidéoprojecteur:m|Beamer:m");
        leaf("electronics_tv", "streaming", "Streaming devices|Passerelles multimédia|Streaming-Geräte",
                "Streaming Stick|Clé de streaming:f|Streaming-Stick:m");
        node("electronics", "wearables", "Wearables|Objets connectés|Wearables");
        leaf("electronics_wearables", "smartwatches", "Smartwatches|Montres connectées|Smartwatches",
                "Smartwatch|Montre connectée:f|Smartwatch:f");
        leaf("electronics_wearables", "trackers", "Fitness trackers|Bracelets d'activité|Fitness-Tracker",
                "Fitness Tracker|Bracelet d'activité:m|Fitness-Tracker:m");
    }

    /** Inner node; its code is the parent's code plus the suffix, except under master where it is the suffix. */
    private void node(String parent, String suffix, String labels) {
        String code = "master".equals(parent) ? suffix : parent + "_" + suffix;
        all.add(new Category(code, parent, Label.of(labels), null));
    }

    private void leaf(String parent, String suffix, String labels, String noun) {
        all.add(new Category(parent + "_" + suffix, parent, Label.of(labels), Noun.of(noun)));
    }
}
