package io.omnipim.syndication.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Payload hashes are stored: the next delta compares with them, so a product whose mapped fields did not change
 * must keep exactly the same hash from one version of the server to the next.
 */
class PayloadHashTest {

    @Test
    void theHashOfAnItemIsTheSameAsTheOneStoredByEarlierRuns() throws Exception {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "VESTE-42");
        fields.put("title", "Veste « Été » en laine – 89,90 €");
        fields.put("description", "Chaude et légère. ".repeat(700));
        fields.put("size", List.of("S", "M", "XXL"));
        fields.put("gtin", "");
        MappedItem item = new MappedItem("VESTE-42", "VESTE", fields);

        assertThat(PayloadHash.of(item)).isEqualTo(asStoredBefore(item));
        assertThat(PayloadHash.of(new MappedItem("X", null, new LinkedHashMap<>())))
                .isEqualTo(asStoredBefore(new MappedItem("X", null, new LinkedHashMap<>())));
    }

    /** The hash as it was computed when these states were written. */
    private static String asStoredBefore(MappedItem item) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        update(digest, item.parentId() == null ? "" : item.parentId());
        for (Map.Entry<String, Object> field : item.fields().entrySet()) {
            update(digest, field.getKey());
            if (field.getValue() instanceof List<?> list) {
                update(digest, "[" + list.size());
                list.forEach(v -> update(digest, String.valueOf(v)));
            } else {
                update(digest, String.valueOf(field.getValue()));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
