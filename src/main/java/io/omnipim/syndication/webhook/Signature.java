package io.omnipim.syndication.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature {@code X-Omnipim-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}: the
 * receiver recomputes it with the shared secret and rejects old timestamps (replays).
 */
public final class Signature {

    public static final String HEADER = "X-Omnipim-Signature";

    private Signature() {
    }

    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    public static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The idempotency key of a batch: the same content gives the same key, whatever the attempt. */
    static String batchKey(String connector, String itemsJson) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((connector + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(itemsJson.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
