package io.omnipim.catalog.read;

import java.util.List;

/**
 * What a document's content depends on, as one short string: its version, the versions of the models it inherits
 * values from (nearest first), and for products the sum of their completeness ratios, which moves when a
 * structure change recomputes completeness without touching the product. Computed the same way from a whole
 * document and from the few columns a consistency scan reads.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(long version, List<Long> modelVersions, Integer completenessSum) {
        StringBuilder out = new StringBuilder("v").append(version);
        for (Long model : modelVersions) {
            if (model != null) {
                out.append("-m").append(model);
            }
        }
        if (completenessSum != null) {
            out.append("-c").append(completenessSum);
        }
        return out.toString();
    }
}
