package io.omnipim.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Description sentences, each translated as one entry so a description says the same thing in every locale. They
 * avoid pronouns and past participles that would have to agree with the product noun in French.
 */
final class Sentences {

    static final List<Label> CLOTHING = labels(
            "The carefully selected fabrics keep their shape wash after wash.|Les tissus soigneusement sélectionnés conservent leur forme lavage après lavage.|Die sorgfältig ausgewählten Stoffe behalten auch nach vielen Wäschen ihre Form.",
            "The relaxed fit offers freedom of movement all day long.|La coupe décontractée offre une grande liberté de mouvement toute la journée.|Die lockere Passform bietet den ganzen Tag über Bewegungsfreiheit.",
            "Soft seams prevent chafing, even during long days on the move.|Les coutures douces évitent les frottements, même lors de longues journées en déplacement.|Weiche Nähte verhindern Reibung, auch an langen Tagen unterwegs.",
            "Machine washable at 30 °C.|Lavable en machine à 30 °C.|Maschinenwaschbar bei 30 °C.",
            "Easy to combine with jeans, chinos or a skirt.|Facile à associer avec un jean, un chino ou une jupe.|Lässt sich leicht mit Jeans, Chinos oder einem Rock kombinieren.",
            "The breathable fabric regulates temperature on warm days.|Le tissu respirant régule la température lors des journées chaudes.|Der atmungsaktive Stoff reguliert die Temperatur an warmen Tagen.",
            "Produced in a certified workshop in Portugal.|Fabrication dans un atelier certifié au Portugal.|Hergestellt in einer zertifizierten Werkstatt in Portugal.",
            "Reinforced stitching at stress points gives a longer life.|Des coutures renforcées aux points de tension prolongent la durée de vie.|Verstärkte Nähte an den Belastungspunkten sorgen für eine längere Lebensdauer.",
            "Two side pockets and an inner pocket keep your essentials within reach.|Deux poches latérales et une poche intérieure gardent l'essentiel à portée de main.|Zwei Seitentaschen und eine Innentasche halten das Wichtigste griffbereit.",
            "The model is 1.85 m tall and wears size M.|Le mannequin mesure 1,85 m et porte une taille M.|Das Model ist 1,85 m groß und trägt Größe M.");

    static final List<Label> SHOES = labels(
            "The cushioned midsole absorbs shocks on every step.|La semelle intermédiaire amortissante absorbe les chocs à chaque pas.|Die gedämpfte Zwischensohle absorbiert Stöße bei jedem Schritt.",
            "A non-slip rubber outsole provides excellent grip on wet ground.|La semelle extérieure antidérapante en caoutchouc offre une excellente adhérence sur sol mouillé.|Die rutschfeste Gummilaufsohle bietet hervorragenden Halt auf nassem Untergrund.",
            "The removable insole can be replaced by an orthopaedic one.|La semelle intérieure amovible peut être remplacée par une semelle orthopédique.|Die herausnehmbare Innensohle kann durch eine orthopädische Einlage ersetzt werden.",
            "A padded collar and tongue protect the ankle.|Le col et la languette rembourrés protègent la cheville.|Ein gepolsterter Schaftrand und eine gepolsterte Zunge schützen den Knöchel.",
            "The waterproof membrane keeps your feet dry, even in heavy rain.|La membrane imperméable garde vos pieds au sec, même sous une forte pluie.|Die wasserdichte Membran hält Ihre Füße auch bei starkem Regen trocken.",
            "Fits true to size: choose your usual size.|Taille normalement : choisissez votre pointure habituelle.|Fällt normal aus: Wählen Sie Ihre gewohnte Größe.",
            "The quick lacing system gives a secure fit in seconds.|Le système de laçage rapide assure un maintien sûr en quelques secondes.|Das Schnellschnürsystem sorgt in Sekunden für sicheren Halt.",
            "The upper is lined with a soft, breathable textile.|La tige est doublée d'un textile doux et respirant.|Der Schaft ist mit einem weichen, atmungsaktiven Textil gefüttert.",
            "An ideal choice for city walks, travel and easy hikes.|Un choix idéal pour les balades en ville, les voyages et les randonnées faciles.|Ideal für Stadtbummel, Reisen und leichte Wanderungen.",
            "Weight per shoe: about 320 g in size 42.|Poids par chaussure : environ 320 g en pointure 42.|Gewicht pro Schuh: etwa 320 g in Größe 42.");

    static final List<Label> ELECTRONICS = labels(
            "The battery lasts up to 30 hours on a single charge.|La batterie offre jusqu'à 30 heures d'autonomie avec une seule charge.|Der Akku hält mit einer einzigen Ladung bis zu 30 Stunden.",
            "Bluetooth 5.3 ensures a stable connection with all your devices.|Le Bluetooth 5.3 garantit une connexion stable avec tous vos appareils.|Bluetooth 5.3 sorgt für eine stabile Verbindung mit all Ihren Geräten.",
            "Charges via USB-C: ten minutes give up to two hours of use.|Recharge via USB-C : dix minutes suffisent pour deux heures d'utilisation.|Laden über USB-C: Zehn Minuten reichen für bis zu zwei Stunden Nutzung.",
            "The aluminium housing is both light and sturdy.|Le boîtier en aluminium est à la fois léger et robuste.|Das Aluminiumgehäuse ist leicht und zugleich robust.",
            "Firmware updates arrive over the air through the companion app.|Les mises à jour du micrologiciel s'installent sans fil via l'application dédiée.|Firmware-Updates werden drahtlos über die zugehörige App installiert.",
            "Energy-efficient design with a standby consumption below 0.5 W.|Conception économe en énergie avec une consommation en veille inférieure à 0,5 W.|Energieeffizientes Design mit einem Standby-Verbrauch unter 0,5 W.",
            "In the box: USB-C cable, quick start guide and a two-year warranty.|Contenu de la boîte : câble USB-C, guide de démarrage rapide et garantie de deux ans.|Lieferumfang: USB-C-Kabel, Schnellstartanleitung und zwei Jahre Garantie.",
            "Compatible with Android, iOS, Windows and macOS.|Compatible avec Android, iOS, Windows et macOS.|Kompatibel mit Android, iOS, Windows und macOS.",
            "Splash-proof according to IPX4.|Résistance aux éclaboussures selon la norme IPX4.|Spritzwassergeschützt nach IPX4.",
            "The intuitive controls make everyday use effortless.|Les commandes intuitives rendent l'utilisation quotidienne très simple.|Die intuitive Bedienung macht den Alltag mühelos.");

    static final List<Label> GENERIC = labels(
            "Free delivery and returns within 30 days.|Livraison et retours gratuits sous 30 jours.|Kostenlose Lieferung und Rückgabe innerhalb von 30 Tagen.",
            "A careful European design, down to the smallest detail.|Une conception européenne soignée jusque dans les moindres détails.|In Europa entworfen, mit Liebe zum Detail.",
            "Our packaging is made from 100 % recycled cardboard.|Notre emballage est fabriqué à partir de carton 100 % recyclé.|Unsere Verpackung besteht zu 100 % aus recyceltem Karton.",
            "A reliable choice for everyday life, at home or on the go.|Un choix fiable pour la vie de tous les jours, à la maison comme en déplacement.|Eine zuverlässige Wahl für den Alltag, zu Hause oder unterwegs.",
            "Customers especially appreciate the excellent value for money.|Les clients apprécient particulièrement son excellent rapport qualité-prix.|Kunden schätzen besonders das hervorragende Preis-Leistungs-Verhältnis.",
            "Our customer service answers your questions seven days a week.|Notre service client répond à vos questions sept jours sur sept.|Unser Kundenservice beantwortet Ihre Fragen an sieben Tagen pro Woche.");

    /** Openings; "{name}" is the product name, "{brand}" the brand. */
    static final List<Label> INTROS = labels(
            "Discover the {name} by {brand}.|Découvrez le modèle {name} de {brand}.|Entdecken Sie das Modell {name} von {brand}.",
            "{name} from {brand} – quality that lasts.|{name} de {brand} – la qualité qui dure.|{name} von {brand} – Qualität, die bleibt.",
            "Meet the new {name}, designed by {brand}.|Voici {name}, le nouveau modèle signé {brand}.|Das neue Modell {name}, entworfen von {brand}.");

    private Sentences() {
    }

    private static List<Label> labels(String... specs) {
        List<Label> labels = new ArrayList<>();
        for (String spec : specs) {
            labels.add(Label.of(spec));
        }
        return List.copyOf(labels);
    }
}
