package io.omnipim.catalog.product.completeness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.db.CopyRows;

/**
 * The completeness side table, one row per product (see migration V21): the ratios of every channel and locale as
 * JSON, and their sum. Replaced as a whole for each written product; a product without ratios (no family) has no row.
 */
@ApplicationScoped
public class CompletenessRepository {

    private final ObjectMapper json;

    public CompletenessRepository(ObjectMapper json) {
        this.json = json;
    }

    public void replace(Connection c, Map<UUID, List<CompletenessRow>> byProduct) throws SQLException {
        replace(c, byProduct, Set.of());
    }

    /** As {@link #replace(Connection, Map)}; {@code created} products were created in this transaction (no rows). */
    public void replace(Connection c, Map<UUID, List<CompletenessRow>> byProduct, Set<UUID> created)
            throws SQLException {
        if (byProduct.isEmpty()) {
            return;
        }
        Object[] existing = byProduct.keySet().stream().filter(u -> !created.contains(u)).toArray();
        if (existing.length > 0) {
            try (PreparedStatement delete = c
                    .prepareStatement("DELETE FROM completeness WHERE product_uuid = ANY(?)")) {
                delete.setArray(1, c.createArrayOf("uuid", existing));
                delete.executeUpdate();
            }
        }
        try (CopyRows rows = new CopyRows(c, "completeness (product_uuid, ratio_sum, ratios)")) {
            for (Map.Entry<UUID, List<CompletenessRow>> e : byProduct.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    rows.uuid(e.getKey()).int4(sum(e.getValue())).jsonb(json, stored(e.getValue())).end();
                }
            }
            rows.copy();
        }
    }

    /** Each product's rows, by channel then locale; a product without ratios is absent. */
    public Map<UUID, List<CompletenessRow>> of(Connection c, Collection<UUID> products) throws SQLException {
        Map<UUID, List<CompletenessRow>> out = new HashMap<>();
        if (products.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c
                .prepareStatement("SELECT product_uuid, ratios::text FROM completeness WHERE product_uuid = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", products.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rows(rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static int sum(List<CompletenessRow> rows) {
        int sum = 0;
        for (CompletenessRow r : rows) {
            sum += r.ratio();
        }
        return sum;
    }

    /** channel → locale → stored ratio, in the rows' order. */
    private static Map<String, Map<String, Stored>> stored(List<CompletenessRow> rows) {
        Map<String, Map<String, Stored>> out = new LinkedHashMap<>();
        for (CompletenessRow r : rows) {
            out.computeIfAbsent(r.channel(), k -> new LinkedHashMap<>()).put(r.locale(),
                    new Stored(r.ratio(), r.required(), r.missingAttributes()));
        }
        return out;
    }

    private List<CompletenessRow> rows(String stored) {
        List<CompletenessRow> out = new ArrayList<>();
        try {
            json.readTree(stored).fields().forEachRemaining(channel -> channel.getValue().fields()
                    .forEachRemaining(locale -> out.add(row(channel.getKey(), locale.getKey(), locale.getValue()))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored completeness is not JSON: " + stored, e);
        }
        out.sort(Comparator.comparing(CompletenessRow::channel).thenComparing(CompletenessRow::locale));
        return out;
    }

    /** Rows stored before the shape below also hold {@code missing}: always their list's size. */
    private static CompletenessRow row(String channel, String locale, JsonNode stored) {
        List<String> missing = new ArrayList<>();
        stored.path("missing_attributes").forEach(a -> missing.add(a.asText()));
        return new CompletenessRow(channel, locale, stored.path("required").asInt(), missing.size(),
                stored.path("ratio").asInt(), List.copyOf(missing));
    }

    /**
     * One channel and locale as stored (the channel and locale are its keys; the filters read {@code ratio}). The
     * missing count is the list's size, and an empty list is left out: {@code {"ratio": 100, "required": 6}} is
     * half the bytes of the four fields in full, written for every product × channel × locale.
     */
    private record Stored(int ratio, int required,
            @JsonProperty("missing_attributes") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingAttributes) {
    }
}
