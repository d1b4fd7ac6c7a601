package io.omnipim.catalog.product;

import java.util.List;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import io.omnipim.platform.errors.PimException;

/** Makes the uuids of new products; parses product uuids from URLs and bodies with a clear error. */
final class Uuids {

    private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

    private Uuids() {
    }

    /**
     * A new product's uuid: version 7 (RFC 9562), which starts with the time, so the products of an import are
     * added at the end of the uuid indexes (product, completeness, history) instead of all over them: at a million
     * products those no longer fit in PostgreSQL's buffers, and random uuids made every insert touch a cold page.
     * Any uuid is valid for Akeneo clients; a uuid given by the client is kept as given.
     */
    static UUID newUuid() {
        return TIME_ORDERED.generate();
    }

    static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PimException.unprocessable("The uuid \"" + text + "\" is not a valid UUID.", List.of());
        }
    }
}
