package io.omnipim.catalog.product.media;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Akeneo's media file codes: {@code f/4/d/1/f4d12ffbdbe628ba8e0b932c27f425130cc23535_myFile.jpg}, four folders
 * from a random 40-hex id, then the id and the sanitised original name. Random, as in Akeneo, so every upload is
 * its own media file even when the bytes (stored once, by hash) are the same.
 */
final class MediaCode {

    /** Akeneo keeps sanitised names to 100 characters. */
    static final int MAX_NAME = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private MediaCode() {
    }

    static String generate(String originalFilename) {
        byte[] id = new byte[20];
        RANDOM.nextBytes(id);
        return of(HexFormat.of().formatHex(id), originalFilename);
    }

    static String of(String hex, String originalFilename) {
        return hex.charAt(0) + "/" + hex.charAt(1) + "/" + hex.charAt(2) + "/" + hex.charAt(3) + "/" + hex + "_"
                + sanitise(originalFilename);
    }

    /** Letters, digits and dots kept, anything else becomes "_" (Akeneo's rule); long names keep their extension. */
    static String sanitise(String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename;
        String clean = name.replaceAll("[^A-Za-z0-9.]", "_");
        if (clean.length() <= MAX_NAME) {
            return clean;
        }
        int dot = clean.lastIndexOf('.');
        String extension = dot > 0 && clean.length() - dot <= 21 ? clean.substring(dot) : "";
        return clean.substring(0, MAX_NAME - extension.length()) + extension;
    }
}
