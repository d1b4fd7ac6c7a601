package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.product.values.Identifiers;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;

/**
 * Changes existing products in place, as a PATCH of each would (validation, history, completeness, outbox), but
 * with the patch computed from the product's current state read under lock in the same transaction, so adding a
 * category to what is there never loses a concurrent change. Never creates a product: one that does not exist (any
 * more) is answered 404.
 */
@ApplicationScoped
public class ProductChangeService {

    private final AgroalDataSource dataSource;
    private final ProductRepository products;
    private final ProductWriteService writes;

    public ProductChangeService(AgroalDataSource dataSource, ProductRepository products,
            ProductWriteService writes) {
        this.dataSource = dataSource;
        this.products = products;
        this.writes = writes;
    }

    /**
     * One outcome per identifier, in order. {@code patchOf} gives the PATCH body for a product, or null when the
     * product already is as wanted (answered unchanged); a {@link PimException} it throws refuses that product only.
     */
    @Transactional
    public List<ProductOutcome> change(List<String> identifiers, Function<ProductState, ObjectNode> patchOf,
            Author author) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, ProductRow> rows = products.byIdentifiers(c, identifiers);
            ProductOutcome[] outcomes = new ProductOutcome[identifiers.size()];
            List<ProductCommand> commands = new ArrayList<>();
            for (int i = 0; i < identifiers.size(); i++) {
                String identifier = identifiers.get(i);
                ProductRow row = rows.get(Identifiers.key(identifier));
                if (row == null) {
                    outcomes[i] = refused(i, identifier, PimException.notFound("The product \"" + identifier
                            + "\" does not exist any more (deleted or renamed since it was selected)."));
                    continue;
                }
                try {
                    ObjectNode patch = patchOf.apply(ProductState.of(row));
                    if (patch == null || patch.isEmpty()) {
                        outcomes[i] = new ProductOutcome(i, identifier, row.uuid(), 204, row.version(), null, false);
                    } else {
                        commands.add(new ProductCommand(i, identifier, null, patch, null));
                    }
                } catch (PimException e) {
                    outcomes[i] = refused(i, identifier, e);
                }
            }
            if (!commands.isEmpty()) {
                for (ProductOutcome o : writes.upsert(c, commands, author, false, false)) {
                    outcomes[o.line()] = o;
                }
            }
            return List.of(outcomes);
        } catch (SQLException e) {
            throw new IllegalStateException("product change failed", e);
        }
    }

    private static ProductOutcome refused(int line, String identifier, PimException e) {
        return new ProductOutcome(line, identifier, null, e.status(), 0, e, false);
    }
}
