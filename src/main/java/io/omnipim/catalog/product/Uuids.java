package io.omnipim.catalog.product;

import java.util.List;
import java.util.UUID;

import io.omnipim.platform.errors.PimException;

/** Parses product uuids from URLs and bodies with a clear error. */
final class Uuids {

    private Uuids() {
    }

    static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw PimException.unprocessable("The uuid \"" + text + "\" is not a valid UUID.", List.of());
        }
    }
}
