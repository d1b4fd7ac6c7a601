package io.omnipim.ui.bulk;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.edit.BulkEditAction;
import io.omnipim.bulk.edit.BulkEditOptions;
import io.omnipim.bulk.edit.BulkEditService;
import io.omnipim.bulk.edit.BulkSelection;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.products.ProductGridService;
import io.omnipim.ui.shell.Shell;

/** Starts bulk edits from the grid's bulk bar and shows their progress and report, through the bulk feature. */
@ApplicationScoped
public class BulkEditPageService {

    private final BulkEditService edits;
    private final ProductGridService grid;
    private final StructureCache structure;
    private final ObjectMapper json;

    public BulkEditPageService(BulkEditService edits, ProductGridService grid, StructureCache structure,
            ObjectMapper json) {
        this.edits = edits;
        this.grid = grid;
        this.structure = structure;
        this.json = json;
    }

    public UUID start(BulkForm form, Shell shell, Author author) {
        BulkMessages msg = BulkTexts.of(shell);
        BulkSelection selection;
        if (form.all()) {
            selection = BulkSelection.of(grid.selection(form.search(), shell));
        } else if (form.identifiers().isEmpty()) {
            throw new PimException(422, msg.nothing_selected());
        } else {
            selection = BulkSelection.of(form.identifiers());
        }
        ObjectNode body = json.createObjectNode();
        body.set("selection", selection.toJson());
        body.set("action", action(form, msg));
        return edits.submit(BulkEditOptions.parse(body), author);
    }

    private ObjectNode action(BulkForm form, BulkMessages msg) {
        ObjectNode action = json.createObjectNode().put("type", form.action());
        if (BulkEditAction.Type.SET_VALUE.code().equals(form.action())) {
            if (form.attribute() == null || form.attribute().isBlank()) {
                throw new PimException(422, msg.no_attribute());
            }
            Attribute attribute = structure.forRead().attribute(form.attribute()).orElseThrow(
                    () -> new PimException(422, "The attribute \"" + form.attribute() + "\" does not exist."));
            try {
                action.set("data", ValueText.data(form.value(), attribute));
            } catch (ValueText.Unreadable e) {
                throw new PimException(422, msg.bad_value(form.value(), attribute.attributeType().name()
                        .toLowerCase().replace('_', ' '), attribute.code(), msg.value_hint()));
            }
            action.put("attribute", attribute.code()).put("locale", blankToNull(form.locale()))
                    .put("scope", blankToNull(form.scope()));
        }
        form.categories().forEach(action.putArray("categories")::add);
        action.put("family", blankToNull(form.family()));
        return action;
    }

    public BulkPanel panel(UUID id, Shell shell) {
        return BulkPanel.of(edits.view(id), shell, structure.forRead());
    }

    /** The reasons a bulk edit was refused before starting, as one line. */
    static String reasons(PimException e) {
        if (e.errors().isEmpty()) {
            return e.getMessage();
        }
        return String.join(" ", e.errors().stream().map(io.omnipim.platform.errors.FieldError::message)
                .distinct().toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
