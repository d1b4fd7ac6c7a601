package io.omnipim.syndication.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of a mapped item's fields, in field order: equal hashes mean the channel would receive exactly the same
 * thing, so a delta sends nothing for an edit the connector does not map.
 */
public final class PayloadHash {

    /** One digest per thread, reset after each use: looking the algorithm up costs more than hashing an item. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(PayloadHash::sha256);

    private PayloadHash() {
    }

    public static String of(MappedItem item) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
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

    /** Length-prefixed, so "ab"+"c" and "a"+"bc" differ. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        prefix(digest, bytes.length);
        digest.update(bytes);
    }

    /** The length in decimal digits, then ':', as {@code (length + ":")} in ASCII, without building that text. */
    private static void prefix(MessageDigest digest, int length) {
        byte[] digits = new byte[11];
        int at = digits.length;
        digits[--at] = ':';
        int value = length;
        do {
            digits[--at] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        digest.update(digits, at, digits.length - at);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
