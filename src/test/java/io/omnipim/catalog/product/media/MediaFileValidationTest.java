package io.omnipim.catalog.product.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

class MediaFileValidationTest {

    private static final MediaTarget TARGET = new MediaTarget("sku-1", false, "picture", "en_US", "ecommerce");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] TEXT = "just some words".getBytes(StandardCharsets.UTF_8);

    @Test
    void theAttributeMustExistAndHoldMedia() {
        PimException missing = assertThrows(PimException.class, () -> MediaRules.of(Optional.empty(), TARGET));
        assertEquals(422, missing.status());
        assertEquals("attribute", missing.errors().get(0).property());

        PimException text = assertThrows(PimException.class,
                () -> MediaRules.of(Optional.of(attribute("pim_catalog_text", List.of(), null)), TARGET));
        assertEquals(422, text.status());
        assertEquals("attribute", text.errors().get(0).property());

        assertDoesNotThrow(() -> rules("pim_catalog_file", List.of(), null));
    }

    @Test
    void extensionsMustBeAllowedWhenTheAttributeListsThem() {
        MediaRules rules = rules("pim_catalog_image", List.of("jpg", "png"), null);

        assertDoesNotThrow(() -> rules.checkExtension("jpg"));
        assertDoesNotThrow(() -> rules.checkExtension("PNG"));
        PimException refused = assertThrows(PimException.class, () -> rules.checkExtension("gif"));
        assertEquals(422, refused.status());
        assertEquals("The file extension is not allowed. Allowed extensions: jpg, png.", refused.getMessage());
        FieldError error = refused.errors().get(0);
        assertEquals("picture", error.attribute());
        assertEquals("en_US", error.locale());
        assertEquals("ecommerce", error.scope());
        assertThrows(PimException.class, () -> rules.checkExtension(""));

        MediaRules open = rules("pim_catalog_file", List.of(), null);
        assertDoesNotThrow(() -> open.checkExtension("exe"));
        assertDoesNotThrow(() -> open.checkExtension(""));
        assertThrows(PimException.class, () -> open.checkExtension("x".repeat(21)));
    }

    @Test
    void extensionsAreWhatFollowsTheLastDot() {
        assertEquals("jpg", MediaRules.extensionOf("my.photo.jpg"));
        assertEquals("JPG", MediaRules.extensionOf("PHOTO.JPG"));
        assertEquals("", MediaRules.extensionOf("README"));
        assertEquals("htaccess", MediaRules.extensionOf(".htaccess"));
    }

    @Test
    void maxFileSizeIsReadAsAkeneoReadsIt() {
        assertEquals(OptionalLong.of(10_000_000), rules("pim_catalog_file", List.of(), "10.00").maxBytes());
        assertEquals(OptionalLong.of(1_536_000), rules("pim_catalog_file", List.of(), "1.5").maxBytes());
        assertEquals(OptionalLong.empty(), rules("pim_catalog_file", List.of(), null).maxBytes());
        assertEquals(OptionalLong.empty(), rules("pim_catalog_file", List.of(), "0.00").maxBytes());
        assertEquals(OptionalLong.empty(), rules("pim_catalog_file", List.of(), "lots").maxBytes());
    }

    @Test
    void sizeMustBeWithinTheLimitAndNotZero() {
        MediaRules rules = rules("pim_catalog_file", List.of(), "10.00");

        assertDoesNotThrow(() -> rules.checkSize(10_000_000));
        PimException tooLarge = assertThrows(PimException.class, () -> rules.checkSize(10_000_001));
        assertEquals(422, tooLarge.status());
        assertTrue(tooLarge.getMessage().contains("10.00 MB"), tooLarge.getMessage());
        PimException empty = assertThrows(PimException.class, () -> rules.checkSize(0));
        assertEquals("The file is empty.", empty.getMessage());
        assertDoesNotThrow(() -> rules("pim_catalog_file", List.of(), null).checkSize(Long.MAX_VALUE));
    }

    @Test
    void anEmptyFileIsRefusedFromItsHeader() {
        PimException empty = assertThrows(PimException.class,
                () -> rules("pim_catalog_file", List.of(), null).checkContent(new byte[0]));
        assertEquals(422, empty.status());
        assertEquals("The file is empty.", empty.getMessage());
    }

    @Test
    void imageAttributesOnlyTakeImages() {
        MediaRules image = rules("pim_catalog_image", List.of(), null);

        for (byte[] header : List.of(JPEG, PNG, ascii("GIF89a\u0001\u0000"),
                ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "),
                new byte[]{'I', 'I', 0x2A, 0, 8, 0, 0, 0}, new byte[]{'M', 'M', 0, 0x2A, 0, 0, 0, 8},
                new byte[]{'B', 'M', 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0}, ascii("\u0000\u0000\u0000\u001cftypavif"),
                ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
                "\uFEFF<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg>"
                        .getBytes(StandardCharsets.UTF_8))) {
            assertDoesNotThrow(() -> image.checkContent(header), new String(header, StandardCharsets.ISO_8859_1));
        }
        for (byte[] header : List.of(TEXT, ascii("%PDF-1.7"), ascii("<html><body><svg></svg></body></html>"),
                ascii("BMW is a car"), ascii("<svgfoo/>"))) {
            PimException refused = assertThrows(PimException.class, () -> image.checkContent(header),
                    new String(header, StandardCharsets.ISO_8859_1));
            assertEquals(422, refused.status());
            assertTrue(refused.getMessage().startsWith("The file is not an image"), refused.getMessage());
        }
        assertDoesNotThrow(() -> rules("pim_catalog_file", List.of(), null).checkContent(TEXT));
    }

    @Test
    void theMimeTypeComesFromTheContentFirst() {
        assertEquals("image/png", MediaRules.mimeType(PNG, "image/jpeg", "photo.jpg"));
        assertEquals("application/pdf", MediaRules.mimeType(ascii("%PDF-1.4"), null, "doc"));
        assertEquals("text/csv", MediaRules.mimeType(TEXT, "text/csv; charset=UTF-8", "data.csv"));
        assertEquals("text/plain", MediaRules.mimeType(TEXT, "application/octet-stream", "notes.txt"));
        assertEquals("text/plain", MediaRules.mimeType(TEXT, "not a type\r\nX-Evil: 1", "notes.txt"));
        assertEquals("application/octet-stream", MediaRules.mimeType(TEXT, null, "blob"));
    }

    @Test
    void codesLookLikeAkeneos() {
        String hex = "f4d12ffbdbe628ba8e0b932c27f425130cc23535";
        assertEquals("f/4/d/1/f4d12ffbdbe628ba8e0b932c27f425130cc23535_myFile.jpg", MediaCode.of(hex, "myFile.jpg"));
        assertEquals("f/4/d/1/" + hex + "_10806799_1356.jpg", MediaCode.of(hex, "10806799-1356.jpg"));
        assertEquals("f/4/d/1/" + hex + "__t__.png", MediaCode.of(hex, "ét é.png"));

        String generated = MediaCode.generate("my photo.JPG");
        assertTrue(
                generated
                        .matches("([0-9a-f])/([0-9a-f])/([0-9a-f])/([0-9a-f])/\\1\\2\\3\\4[0-9a-f]{36}_my_photo\\.JPG"),
                generated);
        assertTrue(!generated.equals(MediaCode.generate("my photo.JPG")), "every upload gets its own code");
    }

    @Test
    void longNamesAreCutKeepingTheirExtension() {
        String sanitised = MediaCode.sanitise("a".repeat(300) + ".jpeg");
        assertEquals(MediaCode.MAX_NAME, sanitised.length());
        assertTrue(sanitised.endsWith("a.jpeg"), sanitised);
        assertEquals("file", MediaCode.sanitise(""));
    }

    @Test
    void originalNamesAreKeptWithinTheColumn() {
        MediaRules rules = rules("pim_catalog_file", List.of(), null);
        assertEquals("file", rules.originalName(null));
        assertEquals("photo.jpg", rules.originalName(" photo.jpg "));
        assertThrows(PimException.class, () -> rules.originalName("a".repeat(256)));
    }

    @Test
    void theLimitedStreamStopsPastItsLimit() throws IOException {
        InputStream within = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100,
                () -> new IllegalStateException("over"));
        assertArrayEquals(new byte[100], within.readAllBytes());

        InputStream over = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100,
                () -> new IllegalStateException("over"));
        assertThrows(IllegalStateException.class, over::readAllBytes);
    }

    @Test
    void downloadNamesAreSafeInTheHeader() {
        assertEquals("attachment; filename=\"photo.jpg\"", MediaFileResource.attachment("photo.jpg"));
        String tricky = MediaFileResource.attachment("a\"b\r\nc é.jpg");
        assertEquals("attachment; filename=\"a_b__c _.jpg\"; filename*=UTF-8''a%22b%0D%0Ac%20%C3%A9.jpg", tricky);
    }

    private static MediaRules rules(String type, List<String> extensions, String maxFileSize) {
        return MediaRules.of(Optional.of(attribute(type, extensions, maxFileSize)), TARGET);
    }

    private static Attribute attribute(String type, List<String> extensions, String maxFileSize) {
        return new Attribute("picture", type, "media", false, false, extensions, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, maxFileSize, null, 0, true, true, null, null, null,
                null, null);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
