package io.omnipim.ui.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.platform.job.JobView;
import io.omnipim.ui.imports.JobPanel;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * A bulk edit as its page shows it: the job's status and progress bar (as imports show theirs), what was asked,
 * and the report: updated, unchanged and failed counts, and each product not changed with the reason and a link.
 *
 * @param failedTotal every failure, even beyond those kept in the job (its first 1,000)
 */
public record BulkPanel(JobPanel job, String title, String selection, String products, String rate,
        List<JobPanel.Count> counts, List<Failure> failures, long failedTotal) {

    /** A product that could not take the change. */
    public record Failure(String identifier, String url, String message) {
    }

    public boolean truncated() {
        return failedTotal > failures.size();
    }

    static BulkPanel of(JobView view, Shell shell, CatalogStructure catalog) {
        BulkMessages msg = BulkTexts.of(shell);
        JobPanel job = JobPanel.of(view, Texts.of(shell));
        JobView.Progress p = view.progress();
        Map<String, Long> byName = view.counts() == null ? Map.of() : view.counts();
        List<JobPanel.Count> counts = new ArrayList<>();
        for (String name : List.of("updated", "unchanged", "failed")) {
            counts.add(new JobPanel.Count(name, msg.count(name), byName.getOrDefault(name, 0L)));
        }
        List<Failure> failures = view.errors() == null
                ? List.of()
                : view.errors().stream().map(e -> new Failure(e.identifier(), e.identifier() == null
                        ? null
                        : Links.product(e.identifier(), null, null), e.message())).toList();
        String total = p == null || p.total() == null ? "?" : Long.toString(p.total());
        return new BulkPanel(job, title(view.options().path("action"), msg, catalog, shell),
                selection(view.options().path("selection"), msg), msg.products_done(p == null ? 0 : p.done(),
                        total),
                p == null || p.ratePerSecond() == null ? null : msg.rate(String.format("%.0f", p.ratePerSecond())),
                counts, failures, byName.getOrDefault("failed", 0L));
    }

    /** "Add to categories: Summer sale" in the user's language, with the labels of the codes. */
    private static String title(JsonNode action, BulkMessages msg, CatalogStructure catalog, Shell shell) {
        String type = action.path("type").asText();
        String locale = ContextChoice.labelLocale(shell);
        List<String> what = new ArrayList<>();
        action.path("categories").forEach(c -> {
            Category category = catalog.categories().get(c.asText());
            what.add(category == null || category.labels() == null
                    ? c.asText()
                    : category.labels().getOrDefault(locale, c.asText()));
        });
        if (action.hasNonNull("family")) {
            Family family = catalog.families().get(action.get("family").asText());
            what.add(family == null || family.labels() == null
                    ? action.get("family").asText()
                    : family.labels().getOrDefault(locale, family.code()));
        }
        if (action.hasNonNull("attribute")) {
            String attribute = action.get("attribute").asText();
            String where = String.join(" · ", List.of(action.path("locale").asText(""),
                    action.path("scope").asText("")).stream().filter(s -> !s.isEmpty()).toList());
            String data = action.path("data").isNull()
                    ? "∅"
                    : action.path("data").isTextual()
                            ? action.path("data").asText()
                            : action.path("data").toString();
            what.add(catalog.attribute(attribute).map(a -> a.label(locale)).orElse(attribute)
                    + (where.isEmpty() ? "" : " (" + where + ")") + " = " + abbreviate(data));
        }
        return msg.action_name(type) + (what.isEmpty() ? "" : ": " + String.join(", ", what));
    }

    private static String selection(JsonNode selection, BulkMessages msg) {
        if (selection.path("search").isObject()) {
            JsonNode s = selection.get("search");
            List<String> parts = new ArrayList<>();
            if (s.hasNonNull("q")) {
                parts.add("« " + s.get("q").asText() + " »");
            }
            if (s.hasNonNull("search")) {
                parts.add(s.get("search").asText());
            }
            return msg.selection_search(parts.isEmpty() ? msg.selection_everything() : String.join(" ", parts));
        }
        return msg.selection_list(selection.path("identifiers").size());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
