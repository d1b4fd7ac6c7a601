package io.omnipim.catalog.product.media;

import java.math.BigDecimal;
import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * What a file must be to become the value of a media attribute: allowed extension, size within max_file_size, not
 * empty, and a real image for image attributes. Pure, so it is tested without a server; failures are 422s naming
 * the value.
 */
record MediaRules(Attribute attribute, MediaTarget target) {

    /** The media_file columns' limits. */
    static final int MAX_FILENAME = 255;
    static final int MAX_EXTENSION = 20;

    private static final Pattern MIME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9!#$&^_.+-]+");
    private static final String OCTET_STREAM = "application/octet-stream";

    /** The rules for the target's attribute; 422 when it is unknown or not an image or file attribute. */
    static MediaRules of(Optional<Attribute> attribute, MediaTarget target) {
        Attribute a = attribute.orElseThrow(() -> attributeError("Attribute \"" + target.attribute()
                + "\" does not exist."));
        AttributeType type = AttributeType.fromCode(a.type()).orElse(null);
        if (type == null || !type.isMedia()) {
            throw attributeError("The attribute \"" + a.code() + "\" is of type " + a.type() + ": media files only go"
                    + " to " + AttributeType.IMAGE.code() + " or " + AttributeType.FILE.code() + " attributes.");
        }
        return new MediaRules(a, target);
    }

    /** The name to keep for the file: what the client sent, or "file" when it sent none. */
    String originalName(String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename.strip();
        if (name.length() > MAX_FILENAME) {
            throw fileError("The file name is too long: at most " + MAX_FILENAME + " characters.");
        }
        return name;
    }

    /** What follows the last dot, as Akeneo reads a client's file name ("" when there is none). */
    static String extensionOf(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1);
    }

    void checkExtension(String extension) {
        if (extension.length() > MAX_EXTENSION) {
            throw fileError("The file extension is too long: at most " + MAX_EXTENSION + " characters.");
        }
        List<String> allowed = attribute.allowedExtensions();
        if (allowed == null || allowed.isEmpty()) {
            return;
        }
        String lower = extension.toLowerCase(Locale.ROOT);
        if (allowed.stream().noneMatch(e -> e.toLowerCase(Locale.ROOT).equals(lower))) {
            throw fileError("The file extension is not allowed. Allowed extensions: " + String.join(", ", allowed)
                    + ".");
        }
    }

    /** Checks the first bytes: something there, and an image when the attribute holds images. */
    void checkContent(byte[] header) {
        if (header.length == 0) {
            throw fileError("The file is empty.");
        }
        if (AttributeType.IMAGE.code().equals(attribute.type()) && MagicBytes.imageType(header).isEmpty()) {
            throw fileError("The file is not an image: the attribute \"" + attribute.code() + "\" accepts JPEG,"
                    + " PNG, GIF, WebP, TIFF, BMP, AVIF, HEIC and SVG files.");
        }
    }

    void checkSize(long size) {
        if (size == 0) {
            throw fileError("The file is empty.");
        }
        if (size > maxBytes().orElse(Long.MAX_VALUE)) {
            throw tooLarge();
        }
    }

    /**
     * The attribute's max_file_size in bytes, computed as Akeneo does: a whole number of MB is that many million
     * bytes, otherwise the MB times 1024, truncated, thousand bytes ("1.5" is 1,536,000).
     */
    OptionalLong maxBytes() {
        String max = attribute.maxFileSize();
        if (max == null || max.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            BigDecimal mb = new BigDecimal(max.strip());
            long bytes = mb.stripTrailingZeros().scale() <= 0
                    ? mb.longValue() * 1_000_000L
                    : mb.multiply(BigDecimal.valueOf(1024)).longValue() * 1_000L;
            return bytes > 0 ? OptionalLong.of(bytes) : OptionalLong.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty(); // a limit nobody can read is no limit, as in Akeneo
        }
    }

    PimException tooLarge() {
        return fileError("The file is too large: the attribute \"" + attribute.code() + "\" accepts files up to "
                + attribute.maxFileSize() + " MB.");
    }

    /** The content's own type when recognisable, else a well-formed one from the client, else the extension's. */
    static String mimeType(byte[] header, String provided, String filename) {
        Optional<String> sniffed = MagicBytes.sniff(header);
        if (sniffed.isPresent()) {
            return sniffed.get();
        }
        String claimed = provided == null ? "" : provided.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (MIME.matcher(claimed).matches() && claimed.length() <= MAX_FILENAME && !claimed.equals(OCTET_STREAM)) {
            return claimed;
        }
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed == null ? OCTET_STREAM : guessed;
    }

    private PimException fileError(String message) {
        return PimException.unprocessable(message,
                List.of(new FieldError("file", message, attribute.code(), target.locale(), target.scope())));
    }

    private static PimException attributeError(String message) {
        return PimException.unprocessable(message, List.of(FieldError.of("attribute", message)));
    }
}
