package io.omnipim.ui.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URLs of the UI's pages, with identifiers and media codes encoded as path segments. */
public final class Links {

    private Links() {
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The thumbnail or full image of a media file; its code holds slashes, kept as such. */
    public static String media(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder("/ui/media");
        for (String part : code.split("/")) {
            out.append('/').append(segment(part));
        }
        return out.toString();
    }

    public static String product(String identifier, String channel, String locale) {
        return "/ui/products/" + segment(identifier) + context(channel, locale);
    }

    public static String model(String code, String channel, String locale) {
        return "/ui/product-models/" + segment(code) + context(channel, locale);
    }

    private static String context(String channel, String locale) {
        if (channel == null) {
            return "";
        }
        return "?channel=" + query(channel) + (locale == null ? "" : "&locale=" + query(locale));
    }
}
