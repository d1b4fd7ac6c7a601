package io.omnipim.catalog.product.completeness;

import java.util.List;

/** Completeness of one product on one channel and locale. */
public record CompletenessRow(String channel, String locale, int required, int missing, int ratio,
        List<String> missingAttributes) {
}
