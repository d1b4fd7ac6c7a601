package io.omnipim.bench;

/** A text in the three catalog locales, always kept together so a row never mixes translations. */
record Label(String en, String fr, String de) {

    /** Parses "English|Français|Deutsch"; keeps the reference tables one line per entry. */
    static Label of(String pipeSeparated) {
        String[] parts = pipeSeparated.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected en|fr|de: " + pipeSeparated);
        }
        return new Label(parts[0], parts[1], parts[2]);
    }

    /** A text that Akeneo shows the same in every locale (brand names, codes). */
    static Label same(String text) {
        return new Label(text, text, text);
    }

    /** 0 = English, 1 = French, 2 = German: lets composers loop over languages without copying. */
    String text(int language) {
        switch (language) {
            case 0 :
                return en;
            case 1 :
                return fr;
            default :
                return de;
        }
    }

    String[] cells() {
        return new String[]{en, fr, de};
    }
}
