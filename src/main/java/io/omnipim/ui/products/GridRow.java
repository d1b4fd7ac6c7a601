package io.omnipim.ui.products;

/**
 * One line of the grid: a product or a product model, with what a merchandiser scans for.
 *
 * @param completeness ratio in the grid's channel and locale, null for models
 * @param variants how many variant products a model has, null for products
 */
public record GridRow(boolean model, String code, String label, String url, String image, String family,
        boolean enabled, Integer completeness, Long variants) {

    /** The badge colour of the completeness: complete, nearly, far. */
    public String level() {
        return completeness == null ? "off" : completeness == 100 ? "ok" : completeness >= 50 ? "mid" : "low";
    }
}
