package io.omnipim.catalog.product.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises file types from their first bytes, so an image attribute only gets images whatever the client
 * claims, and the stored mime type describes the content rather than the client's guess.
 */
final class MagicBytes {

    /** How many leading bytes {@link #imageType} and {@link #sniff} look at. */
    static final int HEADER_BYTES = 4096;

    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "mif1", "msf1");

    private MagicBytes() {
    }

    /** The image mime type of content starting with these bytes, if it is an image we know. */
    static Optional<String> imageType(byte[] h) {
        String type = null;
        if (startsWith(h, 0, 0xFF, 0xD8, 0xFF)) {
            type = "image/jpeg";
        } else if (startsWith(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            type = "image/png";
        } else if (ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a")) {
            type = "image/gif";
        } else if (ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP")) {
            type = "image/webp";
        } else if (startsWith(h, 0, 'I', 'I', 0x2A, 0x00) || startsWith(h, 0, 'M', 'M', 0x00, 0x2A)) {
            type = "image/tiff";
        } else if (ascii(h, 0, "BM") && startsWith(h, 6, 0, 0, 0, 0)) {
            // "BM" alone is too common in text: the four reserved header bytes after the size must be zero
            type = "image/bmp";
        } else if (ascii(h, 4, "ftyp") && h.length >= 12) {
            type = isoImage(new String(h, 8, 4, StandardCharsets.ISO_8859_1));
        } else if (isSvg(h)) {
            type = "image/svg+xml";
        }
        return Optional.ofNullable(type);
    }

    /** The mime type the content shows, for the types recognisable from a header. */
    static Optional<String> sniff(byte[] h) {
        Optional<String> image = imageType(h);
        if (image.isPresent()) {
            return image;
        }
        return ascii(h, 0, "%PDF-") ? Optional.of("application/pdf") : Optional.empty();
    }

    private static String isoImage(String brand) {
        if (AVIF_BRANDS.contains(brand)) {
            return "image/avif";
        }
        return HEIC_BRANDS.contains(brand) ? "image/heic" : null;
    }

    /** SVG is text: after an optional BOM, XML declaration, comments and doctype, the root element is svg. */
    static boolean isSvg(byte[] h) {
        String s = new String(h, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        s = s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s;
        s = s.stripLeading();
        while (s != null && (s.startsWith("<?") || s.startsWith("<!"))) {
            s = after(s, s.startsWith("<!--") ? "-->" : s.startsWith("<?") ? "?>" : ">");
        }
        return s != null && s.startsWith("<svg") && (s.length() == 4 || !Character.isLetterOrDigit(s.charAt(4)));
    }

    private static String after(String s, String end) {
        int at = s.indexOf(end);
        return at < 0 ? null : s.substring(at + end.length()).stripLeading();
    }

    private static boolean ascii(byte[] h, int offset, String expected) {
        if (h.length < offset + expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (h[offset + i] != (byte) expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] h, int offset, int... expected) {
        if (h.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (h[offset + i] != (byte) expected[i]) {
                return false;
            }
        }
        return true;
    }
}
