package io.omnipim.catalog.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.media.MediaTarget;
import io.omnipim.catalog.product.media.MediaValueWriter;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.quarkus.security.identity.SecurityIdentity;

/** Sets an uploaded media file as the value of the product or model it was uploaded for (same transaction). */
@ApplicationScoped
public class ProductMediaWriter implements MediaValueWriter {

    private final ProductWriteService products;
    private final ProductModelWriteService models;
    private final ProductReadService productReads;
    private final ProductModelReadService modelReads;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public ProductMediaWriter(ProductWriteService products, ProductModelWriteService models,
            ProductReadService productReads, ProductModelReadService modelReads, SecurityIdentity identity,
            ObjectMapper json) {
        this.products = products;
        this.models = models;
        this.productReads = productReads;
        this.modelReads = modelReads;
        this.identity = identity;
        this.json = json;
    }

    @Override
    public void attach(MediaTarget target, String mediaCode) {
        Map<String, Object> value = new HashMap<>();
        value.put("locale", target.locale());
        value.put("scope", target.scope());
        value.put("data", mediaCode);
        ObjectNode patch = json.valueToTree(Map.of("values", Map.of(target.attribute(), List.of(value))));
        Author author = Author.of(identity);
        PimException error;
        if (target.productModel()) {
            requireExists(() -> modelReads.get(target.identifierOrCode(), OutputOptions.ALL),
                    "Product model \"" + target.identifierOrCode() + "\" does not exist.");
            error = models.upsert(List.of(new ProductModelWriteService.Command(1, target.identifierOrCode(), patch)),
                    author).get(0).error();
        } else {
            requireExists(() -> productReads.byIdentifier(target.identifierOrCode(), OutputOptions.ALL),
                    "Product \"" + target.identifierOrCode() + "\" does not exist.");
            error = products.upsert(List.of(new ProductCommand(1, target.identifierOrCode(), null, patch, null)),
                    author).get(0).error();
        }
        if (error != null) {
            throw error;
        }
    }

    /** A media file is linked to an existing product: a missing one is a 422, as in Akeneo. */
    private static void requireExists(Runnable read, String message) {
        try {
            read.run();
        } catch (PimException e) {
            if (e.status() == 404) {
                throw PimException.unprocessable(message, List.of());
            }
            throw e;
        }
    }
}
