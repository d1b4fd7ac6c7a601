package io.omnipim.bench;

/**
 * An adjective for product names. French keeps both singular genders (plural is derived), German keeps the stem
 * and gets the strong ending of the noun's gender, because names stand without an article.
 *
 * @param waterproof whether a product so named must also have the waterproof attribute set
 */
record Adjective(String en, String frMasculine, String frFeminine, String deStem, boolean waterproof) {

    /** Parses "Lightweight|léger/légère|leicht"; a French part without '/' is the same for both genders. */
    static Adjective of(String spec) {
        String[] parts = spec.split("\\|");
        String[] fr = parts[1].split("/");
        String feminine = fr.length > 1 ? fr[1] : fr[0];
        return new Adjective(parts[0], fr[0], feminine, parts[2], parts[0].startsWith("Waterproof"));
    }

    String french(Noun noun) {
        String form = noun.frGender() == 'f' ? frFeminine : frMasculine;
        // phrases such as "sans fil" never agree; words already ending in s or x keep their plural unchanged
        boolean invariant = form.indexOf(' ') >= 0 || form.endsWith("s") || form.endsWith("x");
        return noun.frPlural() && !invariant ? form + "s" : form;
    }

    String german(Noun noun) {
        String ending;
        switch (noun.deGender()) {
            case 'm' :
                ending = "er";
                break;
            case 'n' :
                ending = "es";
                break;
            default :
                ending = "e";
        }
        return Character.toUpperCase(deStem.charAt(0)) + deStem.substring(1) + ending;
    }
}
