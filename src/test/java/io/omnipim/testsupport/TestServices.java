package io.omnipim.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PimTestResource} for every Quarkus test of the suite. */
@QuarkusTestResource(PimTestResource.class)
public final class TestServices {

    private TestServices() {
    }
}
