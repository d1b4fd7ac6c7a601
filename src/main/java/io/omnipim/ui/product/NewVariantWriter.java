package io.omnipim.ui.product;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductCommand;
import io.omnipim.catalog.product.ProductModelWriteService;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;

/**
 * Creates, never updates: the catalog's writes are upserts, so a variant created with an identifier (or a
 * sub-model with a code) that already exists would change that product. In one transaction with the write, an
 * answer other than "created" rolls it back and reports the identifier as taken.
 */
@ApplicationScoped
class NewVariantWriter {

    /** The identifier or code is already used: nothing was written. */
    static final class Taken extends RuntimeException {

        Taken() {
            super("already exists", null, false, false);
        }
    }

    private final ProductWriteService products;
    private final ProductModelWriteService models;

    NewVariantWriter(ProductWriteService products, ProductModelWriteService models) {
        this.products = products;
        this.models = models;
    }

    /** The created product, or the catalog's refusal (422) in {@link PimException}; {@link Taken} when it exists. */
    @Transactional
    ProductOutcome product(String identifier, ObjectNode patch, Author author) {
        ProductOutcome outcome = products.upsert(List.of(new ProductCommand(1, identifier, null, patch, null)), author)
                .get(0);
        if (outcome.ok() && outcome.status() != 201) {
            throw new Taken();
        }
        return outcome;
    }

    @Transactional
    ProductModelWriteService.Outcome model(String code, ObjectNode patch, Author author) {
        ProductModelWriteService.Outcome outcome = models.upsert(List.of(new ProductModelWriteService.Command(1, code,
                patch)), author).get(0);
        if (outcome.error() == null && outcome.status() != 201) {
            throw new Taken();
        }
        return outcome;
    }
}
