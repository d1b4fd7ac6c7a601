package io.omnipim.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductCommand;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.catalog.product.history.Change;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.shell.Links;

/** A product's history for its tab, and "restore this value", written through the catalog's product service. */
@ApplicationScoped
public class ProductHistoryService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHOWN = 50;

    private final ProductReadService products;
    private final ProductWriteService writer;
    private final StructureCache structure;
    private final ObjectMapper json;

    public ProductHistoryService(ProductReadService products, ProductWriteService writer, StructureCache structure,
            ObjectMapper json) {
        this.products = products;
        this.writer = writer;
        this.structure = structure;
        this.json = json;
    }

    public HistoryPage page(String identifier, String restored, String error) {
        var catalog = structure.forRead();
        List<HistoryPage.Version> versions = new ArrayList<>();
        for (var entry : products.history(identifier, 1, SHOWN)) {
            List<HistoryPage.FieldChange> changes = new ArrayList<>();
            for (Change c : entry.changes()) {
                // a value that existed before the change can be put back; a creation has nothing to restore
                boolean value = c.old() != null && !c.old().isNull()
                        && catalog.attribute(FlatField.parse(c.field()).attribute()).isPresent();
                changes.add(new HistoryPage.FieldChange(c.field(), text(c.old()), text(c.current()), value));
            }
            versions.add(new HistoryPage.Version(entry.id(), entry.version(), entry.author(),
                    entry.loggedAt() == null ? "" : WHEN.format(entry.loggedAt()), changes));
        }
        return new HistoryPage(identifier, "/ui/products/" + Links.segment(identifier), versions, restored, error);
    }

    /** Puts back the value a field had before the change {@code entryId} (empty when it had none). */
    public void restore(String identifier, long entryId, String field, Author author) {
        Change change = products.history(identifier, 1, SHOWN).stream().filter(e -> e.id() == entryId)
                .flatMap(e -> e.changes().stream()).filter(c -> c.field().equals(field)).findFirst()
                .orElseThrow(() -> PimException.notFound("The change of \"" + field + "\" is no longer in the"
                        + " history of \"" + identifier + "\"."));
        FlatField target = FlatField.parse(field);
        ObjectNode patch = json.createObjectNode();
        ObjectNode value = patch.putObject("values").putArray(target.attribute()).addObject();
        value.put("locale", target.locale()).put("scope", target.scope());
        value.set("data", change.old() == null ? json.nullNode() : change.old());
        ProductOutcome outcome = writer.upsert(List.of(new ProductCommand(1, identifier, null, patch, null)), author)
                .get(0);
        if (!outcome.ok()) {
            PimException e = outcome.error();
            throw e.errors().isEmpty()
                    ? e
                    : new PimException(e.status(), e.errors().stream().map(FieldError::message).reduce(
                            e.getMessage(), (a, b) -> a + " " + b));
        }
    }

    /** A value as one readable line: texts as they are, "59.00 EUR · 65.00 USD", "0.21 KILOGRAM", lists. */
    static String text(JsonNode data) {
        if (data == null || data.isNull()) {
            return "";
        }
        if (data.isValueNode()) {
            return data.asText();
        }
        if (data.isObject() && data.has("amount")) {
            return data.path("amount").asText() + " " + data.path("unit").asText(data.path("currency").asText(""));
        }
        if (data.isArray()) {
            List<String> parts = new ArrayList<>();
            data.forEach(item -> parts.add(text(item)));
            return String.join(" · ", parts);
        }
        return data.toString();
    }
}
