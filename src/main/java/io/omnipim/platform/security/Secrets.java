package io.omnipim.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Hashing and generation of passwords, secrets and tokens. Passwords and client secrets are bcrypt-hashed (slow on
 * purpose); tokens are long random values, so a SHA-256 is enough and keeps each request's lookup fast.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BCRYPT_COST = 10;

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && BcryptUtil.matches(password, hash);
    }

    /** A random URL-safe string with {@code bytes} bytes of entropy. */
    public static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
