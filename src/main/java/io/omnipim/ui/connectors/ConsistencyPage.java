package io.omnipim.ui.connectors;

import java.util.List;

/**
 * A connector's consistency report as its screen shows it: the counts, then the stale products (with the fields
 * that differ, price and stock first), the missing ones and the unexpected ones, each linked to its product form.
 *
 * @param error why the report could not be made (the connector's definition has problems…), or null
 * @param madeAt when the report was made (HH:mm:ss), or null while it is being made ({@link #pending()})
 */
public record ConsistencyPage(ConnectorRow connector, long checked, long consistent, List<Section> sections,
        String error, String madeAt) {

    /** The report is being made in the background: the screen says so and asks again shortly. */
    static ConsistencyPage pending(ConnectorRow connector) {
        return new ConsistencyPage(connector, 0, 0, List.of(), null, null);
    }

    public boolean pending() {
        return error == null && madeAt == null;
    }

    /** One kind of drift with the products listed (the first 200 of {@code count}). */
    public record Section(String kind, String title, String hint, long count, List<Product> products) {

        public boolean truncated() {
            return products.size() < count;
        }

        public String level() {
            return count == 0 ? "ok" : "stale".equals(kind) ? "mid" : "low";
        }
    }

    /** A product out of step: its form, and for a stale one the fields that differ. */
    public record Product(String identifier, String link, List<Diff> diffs) {
    }

    /** A field the channel holds differently; {@code link} opens the form at the attribute behind it. */
    public record Diff(String field, String channel, String catalog, String link, boolean offer) {
    }

    public boolean consistentNow() {
        return !pending() && error == null && sections.stream().allMatch(s -> s.count() == 0);
    }
}
