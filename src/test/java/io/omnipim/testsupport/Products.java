package io.omnipim.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builders for product bodies in Akeneo's standard format. */
public final class Products {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Products() {
    }

    public static String sku(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** One value: {@code {"locale":…,"scope":…,"data":…}} (nulls kept). */
    public static Map<String, Object> value(String locale, String scope, Object data) {
        Map<String, Object> v = new HashMap<>();
        v.put("locale", locale);
        v.put("scope", scope);
        v.put("data", data);
        return v;
    }

    /** Creates a product of {@code family} with these values; returns its identifier. */
    public static String create(String family, Map<String, ?> values) {
        String sku = sku(family);
        Api.as("editor").body(Map.of("identifier", sku, "family", family, "values", values))
                .post("/api/rest/v1/products").then().statusCode(201);
        return sku;
    }
}
