package io.omnipim.bench;

import java.util.ArrayList;
import java.util.List;

/** Select options and name words. Option codes are stable: tests and importers may refer to them. */
final class Lexicon {

    static final List<Option> COLORS = options("color",
            "black=Black|Noir|Schwarz", "white=White|Blanc|Weiß", "navy=Navy blue|Bleu marine|Marineblau",
            "red=Red|Rouge|Rot", "green=Green|Vert|Grün", "grey=Grey|Gris|Grau", "beige=Beige|Beige|Beige",
            "brown=Brown|Marron|Braun", "pink=Pink|Rose|Rosa", "yellow=Yellow|Jaune|Gelb",
            "silver=Silver|Argenté|Silber", "burgundy=Burgundy|Bordeaux|Bordeaux");

    static final List<Option> CLOTHING_SIZES = options("size",
            "xs=XS", "s=S", "m=M", "l=L", "xl=XL", "xxl=XXL");

    static final List<Option> SHOE_SIZES = options("size",
            "eu_36=36", "eu_37=37", "eu_38=38", "eu_39=39", "eu_40=40", "eu_41=41", "eu_42=42", "eu_43=43",
            "eu_44=44", "eu_45=45", "eu_46=46");

    static final List<Option> CLOTHING_MATERIALS = options("material",
            "cotton=Cotton|Coton|Baumwolle", "wool=Wool|Laine|Wolle", "linen=Linen|Lin|Leinen",
            "silk=Silk|Soie|Seide", "polyester=Polyester|Polyester|Polyester", "denim=Denim|Denim|Denim",
            "cashmere=Cashmere|Cachemire|Kaschmir", "nylon=Nylon|Nylon|Nylon");

    static final List<Option> SHOE_MATERIALS = options("material",
            "leather=Leather|Cuir|Leder", "suede=Suede|Daim|Wildleder", "rubber=Rubber|Caoutchouc|Gummi",
            "mesh=Mesh|Mesh|Mesh", "canvas=Canvas|Toile|Canvas");

    static final List<Option> ELECTRONICS_MATERIALS = options("material",
            "aluminium=Aluminium|Aluminium|Aluminium", "plastic=Plastic|Plastique|Kunststoff",
            "glass=Glass|Verre|Glas");

    static final List<Option> CLOTHING_BRANDS = options("brand",
            "maison_lumiere=Maison Lumière", "nordlicht=Nordlicht", "cote_sauvage=Côte Sauvage",
            "alpenrose=Alpenrose", "sud_atelier=Sud Atelier", "urbanwerk=Urbanwerk");

    static final List<Option> SHOE_BRANDS = options("brand",
            "bergfeld=Bergfeld", "trailmark=Trailmark", "elan_sport=Élan Sport", "fjordline=Fjordline",
            "muller_sohne=Müller & Söhne");

    static final List<Option> ELECTRONICS_BRANDS = options("brand",
            "voltara=Voltara", "kestrel_audio=Kestrel Audio", "lumina=Lumina", "pixelhaus=Pixelhaus",
            "ecran_noir=Écran Noir");

    static final List<Adjective> WEARABLE_ADJECTIVES = adjectives(
            "Lightweight|léger/légère|leicht", "Waterproof|imperméable|wasserdicht",
            "Breathable|respirant/respirante|atmungsaktiv", "Warm|chaud/chaude|warm", "Classic|classique|klassisch",
            "Comfortable|confortable|bequem", "Elegant|élégant/élégante|elegant",
            "Casual|décontracté/décontractée|lässig", "Soft|doux/douce|weich", "Sporty|sportif/sportive|sportlich",
            "Recycled|recyclé/recyclée|recycelt", "Durable|résistant/résistante|robust",
            "Reflective|réfléchissant/réfléchissante|reflektierend", "Minimalist|minimaliste|minimalistisch",
            "Premium|haut de gamme|hochwertig");

    static final List<Adjective> ELECTRONIC_ADJECTIVES = adjectives(
            "Wireless|sans fil|kabellos", "Compact|compact/compacte|kompakt", "Waterproof|étanche|wasserdicht",
            "Ultra-thin|ultrafin/ultrafine|ultradünn", "Professional|professionnel/professionnelle|professionell",
            "Ergonomic|ergonomique|ergonomisch", "Rugged|robuste|robust", "Lightweight|léger/légère|leicht",
            "Smart|intelligent/intelligente|intelligent", "Fast-charging|à charge rapide|schnellladend");

    /** Product lines appended to some names, so that two products of the same type rarely share a name. */
    static final List<String> LINES = List.of("Atlas", "Nova", "Aero", "Terra", "Vista", "Pulse", "Alto",
            "Zenith", "Boréal", "Sierra", "Océane", "Kiruna");

    private Lexicon() {
    }

    static List<Option> allOptions() {
        List<Option> all = new ArrayList<>();
        all.addAll(CLOTHING_BRANDS);
        all.addAll(SHOE_BRANDS);
        all.addAll(ELECTRONICS_BRANDS);
        all.addAll(COLORS);
        all.addAll(CLOTHING_SIZES);
        all.addAll(SHOE_SIZES);
        all.addAll(CLOTHING_MATERIALS);
        all.addAll(SHOE_MATERIALS);
        all.addAll(ELECTRONICS_MATERIALS);
        return all;
    }

    /** Entries are "code=labels"; labels are "en|fr|de" or one text shared by all locales. */
    private static List<Option> options(String attribute, String... entries) {
        List<Option> options = new ArrayList<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            options.add(Option.of(attribute, entry.substring(0, eq), entry.substring(eq + 1)));
        }
        return List.copyOf(options);
    }

    private static List<Adjective> adjectives(String... specs) {
        List<Adjective> adjectives = new ArrayList<>();
        for (String spec : specs) {
            adjectives.add(Adjective.of(spec));
        }
        return List.copyOf(adjectives);
    }
}
